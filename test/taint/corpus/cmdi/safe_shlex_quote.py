"""shlex.quote neutralises request data inside shell commands."""
import os
import shlex
import subprocess
from shlex import quote

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = shlex.quote(request.args["host"])
    os.system("ping -c 1 " + host)
    return "ok"


@app.route("/grep")
def grep():
    pattern = request.args.get("pattern", "")
    subprocess.run(f"grep -c {quote(pattern)} /var/log/app.log", shell=True)
    return "ok"


@app.route("/many")
def many():
    names = request.args.getlist("name")
    cmd = "ls -l " + " ".join(shlex.quote(n) for n in names)
    subprocess.call(cmd, shell=True)
    return "ok"


@app.route("/joined")
def joined():
    argv = ["tar", "czf", "out.tgz", request.args["dir"]]
    os.system(shlex.join(argv))
    return "ok"
