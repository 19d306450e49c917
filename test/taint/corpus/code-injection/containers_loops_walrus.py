"""Dicts, lists, loops, walrus and augmented assignment carrying request data to eval/exec."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/dict")
def via_dict():
    params = {"expr": request.args["expr"], "mode": "eval"}
    eval(params["expr"])  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/list")
def via_list():
    items = ["0", request.args["expr"]]
    eval(items[1])  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/augmented")
def augmented():
    code = "x = 1\n"
    code += request.args["more"]
    exec(code)  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/walrus")
def walrus():
    if (src := request.args.get("src")) is not None:
        exec(src)  # expect: PW-CODE-INJECTION:9
    return "ok"


@app.route("/loop")
def loop():
    program = ""
    for statement in request.args.getlist("stmt"):
        program = program + statement + "\n"
    exec(program)  # expect: PW-CODE-INJECTION:5
    return "ok"
