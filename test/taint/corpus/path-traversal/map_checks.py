"""map(f, items) runs f on each item: what f checks is checked, what f passes on goes on."""
import os
from pathlib import Path

from flask import Flask, request

app = Flask(__name__)
ROOT = Path("/srv/exports").resolve()


def contained(name):
    candidate = (ROOT / name).resolve()
    if not candidate.is_relative_to(ROOT):
        raise ValueError(name)
    return candidate


def joined(name):
    return ROOT / name


@app.post("/cleanup")
def cleanup():
    for target in map(contained, request.form.getlist("files")):
        target.unlink()
    for target in map(joined, request.form.getlist("files")):
        target.unlink()  # expect: PW-PATH-TRAVERSAL:9
    return "ok"


@app.post("/run")
def run():
    list(map(os.system, request.form.getlist("commands")))  # expect: PW-CMDI:10
    return "ok"
