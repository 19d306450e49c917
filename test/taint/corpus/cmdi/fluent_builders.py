"""Builders whose methods return their own instance: the fields a chain fills reach the command it runs."""
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


class Command:
    def __init__(self, program):
        self.parts = [program]

    def arg(self, value):
        self.parts.append(value)
        return self

    def quoted(self, value):
        self.parts.append(shlex.quote(value))
        return self

    def run(self):
        return subprocess.run(" ".join(self.parts), shell=True).returncode  # expect: PW-CMDI:16


@app.post("/convert")
def convert():
    Command("convert").arg("-strip").arg(request.form["source"]).run()
    return "ok"


@app.post("/resize")
def resize():
    job = Command("convert").arg("-resize").arg(request.form["size"])
    job.arg("out.png")
    job.run()
    return "ok"


@app.post("/safe")
def safe():
    source = request.form["source"]
    Command("convert").quoted(source).arg("-strip").run()
    job = Command("convert").arg("-v")
    job.quoted(source).run()
    return "ok"
