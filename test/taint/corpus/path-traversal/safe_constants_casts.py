"""Constant paths, numeric casts and non-user data as file paths."""
import os
import shutil
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
LOG_DIR = "/var/log/app"
SETTINGS = {"export_path": "/srv/exports/latest.csv"}


@app.route("/constant")
def constant():
    with open("/etc/app/motd.txt") as fh:
        fh.read()
    Path(LOG_DIR, "app.log").read_text()
    return "ok"


@app.route("/int-cast")
def int_cast():
    report_id = int(request.args["id"])
    open(f"/srv/reports/{report_id}.pdf", "rb").close()
    os.remove("/srv/tmp/%d.part" % int(request.args["chunk"]))
    return "ok"


@app.route("/cwd")
def cwd():
    open(os.path.join(os.getcwd(), "state.json")).close()
    return "ok"


@app.route("/config")
def config():
    shutil.copy(SETTINGS["export_path"], "/srv/exports/previous.csv")
    return "ok"
