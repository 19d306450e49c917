"""shutil.copy / copyfile / move / rmtree with request-controlled paths."""
import shutil

from flask import Flask, request

app = Flask(__name__)


@app.route("/copy", methods=["POST"])
def copy():
    shutil.copy("/srv/templates/base.cfg", "/srv/sites/" + request.form["site"])  # expect: PW-PATH-TRAVERSAL:5
    return "copied"


@app.route("/export", methods=["POST"])
def export():
    source = request.form["source"]
    shutil.copyfile(source, "/srv/exports/out.bin")  # expect: PW-PATH-TRAVERSAL:5
    return "exported"


@app.route("/purge", methods=["POST"])
def purge():
    workspace = f"/srv/workspaces/{request.form['workspace']}"
    shutil.rmtree(workspace)  # expect: PW-PATH-TRAVERSAL:5
    return "purged"


@app.route("/move", methods=["POST"])
def move():
    shutil.move("/srv/inbox/latest", request.form["dest"])  # expect: PW-PATH-TRAVERSAL:5
    return "moved"
