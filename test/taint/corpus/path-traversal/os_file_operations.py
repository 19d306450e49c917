"""os.remove / os.unlink / os.rename / os.rmdir with request-controlled paths."""
import os

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/delete", methods=["POST"])
def delete():
    os.remove(os.path.join(UPLOADS, request.form["file"]))  # expect: PW-PATH-TRAVERSAL:5
    return "deleted"


@app.route("/unlink", methods=["POST"])
def unlink():
    target = UPLOADS + "/" + request.form["file"]
    os.unlink(target)  # expect: PW-PATH-TRAVERSAL:5
    return "deleted"


@app.route("/rename", methods=["POST"])
def rename():
    old = os.path.join(UPLOADS, "incoming.tmp")
    new = os.path.join(UPLOADS, request.form["new_name"])
    os.rename(old, new)  # expect: PW-PATH-TRAVERSAL:5
    return "renamed"


@app.route("/rmdir", methods=["POST"])
def rmdir():
    os.rmdir("/srv/tmp/" + request.args["dir"])  # expect: PW-PATH-TRAVERSAL:5
    return "removed"
