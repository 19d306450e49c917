"""Allow-list checks before shell commands."""
import os
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_SERVICES = {"nginx", "redis", "postgres"}


@app.route("/restart")
def restart():
    service = request.args["service"]
    if service not in ALLOWED_SERVICES:
        abort(400)
    os.system("systemctl restart " + service)
    return "ok"


@app.route("/status")
def status():
    service = request.args["service"]
    if service in ("nginx", "redis"):
        subprocess.run(f"systemctl status {service}", shell=True)
    return "ok"
