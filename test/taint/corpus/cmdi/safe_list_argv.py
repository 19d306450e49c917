"""A fixed program with list argv (no shell): request data is only an argument."""
import subprocess

from django.http import HttpResponse
from flask import Flask, request

app = Flask(__name__)
NO_SHELL = False


@app.route("/ls")
def ls():
    user_dir = request.args["dir"]
    subprocess.run(["ls", "-l", user_dir])
    return "ok"


@app.route("/git-log")
def git_log():
    branch = request.args.get("branch", "main")
    subprocess.check_output(["git", "log", "--oneline", branch], shell=False)
    return "ok"


@app.route("/convert")
def convert():
    name = request.form["name"]
    argv = ["/usr/bin/convert", name, "out.png"]
    subprocess.Popen(argv, shell=NO_SHELL)
    return "ok"


@app.route("/tuple-argv")
def tuple_argv():
    subprocess.call(("du", "-sh", request.args["path"]))
    return "ok"


def dj_ping(request):
    subprocess.run(["ping", "-c", "1", request.GET["host"]], check=False)
    return HttpResponse("ok")
