"""Constant commands, numeric casts and non-user data in shell commands."""
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)
BACKUP_DIR = "/var/backups"
CONFIG = {"cleanup": "find /tmp -mtime +7 -delete"}


@app.route("/uptime")
def uptime():
    os.system("uptime")
    return "ok"


@app.route("/constant-built")
def constant_built():
    cmd = "tar czf " + BACKUP_DIR + "/site.tgz /srv/site"
    subprocess.run(cmd, shell=True)
    return "ok"


@app.route("/int-cast")
def int_cast():
    count = int(request.args["count"])
    os.system(f"ping -c {count} 127.0.0.1")
    return "ok"


@app.route("/float-cast")
def float_cast():
    seconds = float(request.args.get("seconds", "1"))
    subprocess.call("sleep %f" % seconds, shell=True)
    return "ok"


@app.route("/cwd")
def cwd():
    os.system("ls " + os.getcwd())
    return "ok"


@app.route("/config")
def config():
    subprocess.run(CONFIG["cleanup"], shell=True)
    return "ok"
