"""Helpers that run an argv list they are given: only the list's first element is the program."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


def run_argv(argv):
    return subprocess.run(list(argv), capture_output=True, text=True).stdout  # expect: PW-CMDI:12


class Tool:
    def __init__(self, binary, *base_args):
        self.binary = binary
        self.base_args = list(base_args)

    def invoke(self, *extra):
        return run_argv([self.binary] + self.base_args + list(extra))


du = Tool("/usr/bin/du", "-sh", "--")


@app.route("/usage")
def usage():
    return {"usage": du.invoke(request.args["path"])}


@app.route("/stat")
def stat():
    return {"stat": run_argv(["stat", "--", request.args["path"]])}


@app.route("/tool")
def any_tool():
    # the program itself comes from the request
    return {"version": Tool(request.args["tool"]).invoke("--version")}


@app.route("/raw")
def raw():
    return {"out": run_argv(request.args.getlist("argv"))}
