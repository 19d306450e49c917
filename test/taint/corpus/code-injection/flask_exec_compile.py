"""Flask form / JSON data given to exec() and compile()."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/plugin", methods=["POST"])
def plugin():
    source = request.form["source"]
    namespace = {}
    exec(source, namespace)  # expect: PW-CODE-INJECTION:5
    return "loaded"


@app.route("/script", methods=["POST"])
def script():
    body = request.get_json()
    code = compile(body["code"], "<user>", "exec")  # expect: PW-CODE-INJECTION:12
    return "compiled" if code else "empty"


@app.route("/hook", methods=["POST"])
def hook():
    handler = request.json["handler"]
    exec("def on_event(evt):\n    return " + handler)  # expect: PW-CODE-INJECTION:5
    return "installed"
