"""Flask request values used as file paths with the builtin open()."""
import os

from flask import Flask, request

app = Flask(__name__)
BASE_DIR = "/srv/reports"


@app.route("/report")
def report():
    name = request.args["name"]
    path = os.path.join(BASE_DIR, name)
    with open(path) as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.read()
    return "read"


@app.route("/report/raw")
def report_raw():
    fh = open(BASE_DIR + "/" + request.args.get("file"), "rb")  # expect: PW-PATH-TRAVERSAL:10
    fh.close()
    return "read"


@app.route("/notes", methods=["POST"])
def save_note():
    title = request.form["title"]
    with open(f"/srv/notes/{title}.txt", "w") as out:  # expect: PW-PATH-TRAVERSAL:10
        out.write("note")
    return "saved"


@app.route("/normalized")
def normalized_only():
    path = os.path.normpath(os.path.join(BASE_DIR, request.args["name"]))
    open(path).close()  # expect: PW-PATH-TRAVERSAL:5
    return "read"
