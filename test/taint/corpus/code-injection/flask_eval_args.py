"""Flask query-string expressions passed to eval()."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expression = request.args["expr"]
    result = eval(expression)  # expect: PW-CODE-INJECTION:14
    return "computed" if result is not None else "empty"


@app.route("/calc2")
def calc2():
    eval("1 + " + request.args.get("n", "0"))  # expect: PW-CODE-INJECTION:5
    return "computed"


@app.route("/filter")
def filter_items():
    cond = request.args["cond"]
    check = eval(f"lambda item: {cond}", {"__builtins__": {}})  # expect: PW-CODE-INJECTION:13
    return "ok" if callable(check) else "bad"
