"""pathlib.Path read_text / read_bytes / open / write_text with request-controlled paths."""
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
ROOT = Path("/srv/content")


@app.route("/page")
def page():
    Path(request.args["page"]).read_text()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/asset")
def asset():
    target = ROOT / request.args["asset"]
    target.read_bytes()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/stream")
def stream():
    p = Path("/srv/uploads", request.args["name"])
    with p.open("rb") as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.read(10)
    return "ok"


@app.route("/draft", methods=["POST"])
def draft():
    name = request.form["name"]
    draft_path = ROOT.joinpath("drafts", name)
    draft_path.write_text("draft")  # expect: PW-PATH-TRAVERSAL:5
    return "ok"
