"""Closures, lambdas and comprehensions delivering request data to eval/exec."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/closure")
def closure():
    code = request.args["code"]

    def runner():
        exec(code)  # expect: PW-CODE-INJECTION:9

    runner()
    return "ok"


@app.route("/lambda")
def with_lambda():
    make = lambda body: "lambda x: " + body
    eval(make(request.args["body"]))  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/list-comp")
def list_comp():
    exprs = [e.strip() for e in request.args["exprs"].split(";")]
    for e in exprs:
        eval(e)  # expect: PW-CODE-INJECTION:9
    return "ok"


@app.route("/joined")
def joined():
    lines = "\n".join(line for line in request.args.getlist("line"))
    exec(lines)  # expect: PW-CODE-INJECTION:5
    return "ok"
