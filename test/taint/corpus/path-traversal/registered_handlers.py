"""Functions registered as handlers by a call rather than a decorator."""
import os

from fastapi import FastAPI
from flask import Flask

app = Flask(__name__)
api = FastAPI()
ROOT = "/srv/files"


def show(name):
    return open(os.path.join(ROOT, name)).read()  # expect: PW-PATH-TRAVERSAL:12


def remove(path: str):
    os.remove(os.path.join(ROOT, path))  # expect: PW-PATH-TRAVERSAL:5
    return {}


def size(n):
    return open(os.path.join(ROOT, str(n) + ".bin")).read()


def read_file(name):
    return open(os.path.join(ROOT, name)).read()


app.add_url_rule("/show/<name>", view_func=show)
app.add_url_rule("/size/<int:n>", "size", size)
api.add_api_route("/remove", remove, methods=["POST"])
