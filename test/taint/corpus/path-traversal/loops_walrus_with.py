"""Loops, walrus, augmented assignment and headers as file-path sources."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/loop")
def loop():
    for name in request.args.getlist("f"):
        with open("/srv/data/" + name) as fh:  # expect: PW-PATH-TRAVERSAL:14
            fh.read()
    return "ok"


@app.route("/walrus")
def walrus():
    if (name := request.headers.get("X-File")):
        open(name).close()  # expect: PW-PATH-TRAVERSAL:9
    return "ok"


@app.route("/augmented")
def augmented():
    path = "/srv/data/"
    path += request.values["name"]
    open(path).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/json", methods=["POST"])
def json_body():
    open("/srv/data/" + request.get_json()["file"]).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"
