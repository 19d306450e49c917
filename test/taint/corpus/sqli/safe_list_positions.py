"""Lists whose elements are tracked through append, insert and pop: the read element is constant."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/a")
def a():
    name = request.args.get("name", "")
    items = []
    items.append("guest")
    items.append(name)
    picked = items[0]
    sqlite3.connect("app.db").execute("SELECT id FROM users WHERE name = '%s'" % picked)
    return "ok"


@app.route("/b")
def b():
    name = request.args.get("name", "")
    items = ["guest", name, "admin"]
    items.pop(0)
    sqlite3.connect("app.db").execute("SELECT id FROM users WHERE name = '%s'" % items[1])
    return "ok"


@app.route("/c")
def c():
    name = request.args.get("name", "")
    items = ["guest"]
    items.insert(0, name)
    sqlite3.connect("app.db").execute("SELECT id FROM users WHERE name = '%s'" % items[-1])
    return "ok"
