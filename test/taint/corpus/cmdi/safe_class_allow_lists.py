"""A collection of constants bound in the class body is an allow-list, read through self, cls or the class."""
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


class Runner:
    ALLOWED = {"ls", "df", "uptime"}

    def __init__(self, cmd):
        if cmd not in self.ALLOWED:
            raise ValueError(cmd)
        self.cmd = cmd

    def run(self):
        return subprocess.getoutput(self.cmd)

    @classmethod
    def checked(cls, tool):
        if tool not in cls.ALLOWED:
            abort(400)
        return subprocess.getoutput(tool + " -h")


@app.get("/run")
def run():
    return {"out": Runner(request.args["c"]).run()}


@app.get("/help")
def help_view():
    return {"out": Runner.checked(request.args["tool"])}


@app.get("/direct")
def direct():
    tool = request.args["tool"]
    if tool in Runner.ALLOWED:
        return {"out": subprocess.getoutput(tool)}
    abort(400)
