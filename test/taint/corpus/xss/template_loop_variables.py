"""Loop variables of a template marked safe stand for the collection they are drawn from."""
from flask import Flask, render_template_string, request

app = Flask(__name__)

LIST = "<ul>{% for t in tags %}<li>{{ t|safe }}</li>{% endfor %}</ul>"
ROWS = "{% for row in rows %}<p>{{ row.bio|safe }}</p>{% endfor %}"
ESCAPED = "<ul>{% for t in tags %}<li>{{ t }}</li>{% endfor %}</ul>"


def normalize(tags):
    out = []
    for t in tags:
        if t:
            out.append(t.strip())
    return out


@app.route("/tags", methods=["POST"])
def tags():
    raw = request.get_json(silent=True) or {}
    items = normalize(raw.get("tags", []))
    return render_template_string(LIST, tags=items)  # expect: PW-XSS:12


@app.route("/rows", methods=["POST"])
def rows():
    data = request.get_json(silent=True) or {}
    return render_template_string(ROWS, rows=data.get("rows", []))  # expect: PW-XSS:12


@app.route("/escaped", methods=["POST"])
def escaped():
    raw = request.get_json(silent=True) or {}
    return render_template_string(ESCAPED, tags=normalize(raw.get("tags", [])))
