"""Client-supplied upload file names used to build the destination path."""
import os

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/upload", methods=["POST"])
def upload():
    incoming = request.files["file"]
    destination = os.path.join(UPLOAD_DIR, incoming.filename)
    with open(destination, "wb") as out:  # expect: PW-PATH-TRAVERSAL:10
        out.write(b"data")
    return "stored"


@app.route("/upload2", methods=["POST"])
def upload2():
    name = request.files["avatar"].filename
    open(UPLOAD_DIR + "/avatars/" + name, "wb").close()  # expect: PW-PATH-TRAVERSAL:5
    return "stored"
