"""Templates rendered by jinja2 directly: escaped only when the environment or template says so."""
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

app = Flask(__name__)
escaping = Environment(autoescape=True)
policy = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))
plain = Environment()


@app.route("/hello")
def hello():
    return escaping.from_string("<p>Hello {{ name }}</p>").render(name=request.args.get("n", ""))


@app.route("/page")
def page():
    template = policy.get_template("page.html")
    return template.render(title=request.args.get("t", ""))


@app.route("/inline")
def inline():
    return Template("<b>{{ v }}</b>", autoescape=True).render(v=request.args.get("v", ""))


@app.route("/plain")
def plain_env():
    return plain.from_string("<p>{{ name }}</p>").render(name=request.args.get("n", ""))  # expect: PW-XSS:12


@app.route("/default")
def default_template():
    return Template("<b>{{ v }}</b>").render(v=request.args.get("v", ""))  # expect: PW-XSS:12


BANNER = "<div>{{ note|safe }}</div><p>{{ name }}</p>"
RAW_BLOCK = "{% autoescape false %}<p>{{ bio }}</p>{% endautoescape %}<p>{{ name }}</p>"


@app.route("/banner")
def banner():
    # `|safe` turns escaping off for that variable, even in an escaping environment
    return escaping.from_string(BANNER).render(note=request.args.get("note", ""))  # expect: PW-XSS:12


@app.route("/banner-name")
def banner_name():
    # the variable shown unescaped gets a constant; the request data is escaped
    template = escaping.from_string(BANNER)
    return template.render(note="<b>hi</b>", name=request.args.get("n", ""))


@app.route("/bio")
def bio():
    text = request.args.get("bio", "")
    return Template(RAW_BLOCK, autoescape=True).render(bio=text)  # expect: PW-XSS:12


@app.route("/bio-name")
def bio_name():
    return Template(RAW_BLOCK, autoescape=True).render(bio="", name=request.args.get("n", ""))
