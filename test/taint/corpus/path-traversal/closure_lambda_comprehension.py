"""Closures, lambdas and comprehensions delivering request data to file operations."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/closure")
def closure():
    name = request.args["name"]

    def reader():
        with open("/srv/data/" + name) as fh:  # expect: PW-PATH-TRAVERSAL:14
            fh.read()

    reader()
    return "ok"


@app.route("/lambda")
def with_lambda():
    to_path = lambda n: os.path.join("/srv/data", n)
    os.remove(to_path(request.args["name"]))  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/bulk-delete", methods=["POST"])
def bulk_delete():
    paths = ["/srv/data/" + n for n in request.form.getlist("name")]
    for p in paths:
        os.unlink(p)  # expect: PW-PATH-TRAVERSAL:9
    return "ok"
