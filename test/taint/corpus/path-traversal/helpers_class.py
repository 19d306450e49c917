"""Path built by helpers, passed through identity functions and stored on objects."""
import os

from flask import Flask, request

app = Flask(__name__)
STORE = "/srv/store"


def same(value):
    return value


def user_file(name):
    return os.path.join(STORE, "users", name)


def read_text(path):
    with open(path) as fh:  # expect: PW-PATH-TRAVERSAL:10
        return fh.read()


class Document:
    def __init__(self, name):
        self.path = STORE + "/docs/" + name

    def delete(self):
        os.remove(self.path)  # expect: PW-PATH-TRAVERSAL:9


@app.route("/user-file")
def user_file_view():
    open(user_file(request.args["name"])).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/same")
def same_view():
    p = same(request.args["p"])
    open(p).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/doc/delete", methods=["POST"])
def doc_delete():
    Document(request.form["doc"]).delete()
    return "ok"


@app.route("/text")
def text_view():
    read_text(STORE + "/" + request.args["name"])
    return "ok"
