"""Functions made by other functions and called later: the inner function's summary applies."""
import shlex
import subprocess

from flask import Flask, request, session

app = Flask(__name__)


def runner(prefix):
    def run(arg):
        return subprocess.run(prefix + " " + arg, shell=True)  # expect: PW-CMDI:16

    return run


def remember(store):
    def put(key, value):
        store[key] = value

    return put


@app.route("/list")
def list_dir():
    run = runner("ls -l")
    return {"rc": run(request.args["dir"]).returncode}


@app.route("/quoted")
def quoted():
    run = runner("ls -l")
    return {"rc": run(shlex.quote(request.args["dir"])).returncode}


@app.route("/fixed")
def fixed():
    run = runner("du -sh")
    return {"rc": run("/var/log").returncode}


@app.route("/theme")
def theme():
    put = remember(session)
    put("theme", "dark")
    return {"ok": True}
