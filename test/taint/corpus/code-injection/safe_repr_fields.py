"""Values shown in generated code only through their repr (`{!r}`) are Python literals."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run():
    source = "import sys\nsys.argv = {!r}\nprint({name!r})".format(request.args.getlist("a"), name=request.args["n"])
    exec(source, {})
    return "ok"
