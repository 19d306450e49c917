"""os.path.basename and werkzeug secure_filename strip directory parts from user names."""
import os
from pathlib import Path

from django.http import HttpResponse
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/basename")
def basename_view():
    name = os.path.basename(request.args["name"])
    with open(os.path.join(UPLOAD_DIR, name)) as fh:
        fh.read()
    return "ok"


@app.route("/secure", methods=["POST"])
def secure_view():
    incoming = request.files["file"]
    filename = secure_filename(incoming.filename)
    with open(os.path.join(UPLOAD_DIR, filename), "wb") as out:
        out.write(b"data")
    return "ok"


@app.route("/secure-remove", methods=["POST"])
def secure_remove():
    os.remove(UPLOAD_DIR + "/" + secure_filename(request.form["name"]))
    return "ok"


@app.route("/pathlib-name")
def pathlib_name():
    name = Path(request.args["name"]).name
    Path(UPLOAD_DIR, name).read_text()
    return "ok"


def dj_download(request, filename):
    with open(os.path.join(UPLOAD_DIR, os.path.basename(filename)), "rb") as fh:
        fh.read()
    return HttpResponse("ok")
