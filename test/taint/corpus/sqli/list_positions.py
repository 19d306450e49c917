"""The same lists, where the element read is the request data, or the list changed in ways not followed."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/a")
def a():
    name = request.args.get("name", "")
    items = []
    items.append("guest")
    items.append(name)
    sqlite3.connect("app.db").execute("SELECT id FROM users WHERE name = '%s'" % items[-1])  # expect: PW-SQLI:@sqlite3.connect
    return "ok"


@app.route("/b")
def b():
    name = request.args.get("name", "")
    items = ["guest", name, "admin"]
    items.pop(0)
    sqlite3.connect("app.db").execute("SELECT id FROM users WHERE name = '%s'" % items[0])  # expect: PW-SQLI:@sqlite3.connect
    return "ok"


@app.route("/c")
def c():
    name = request.args.get("name", "")
    items = ["guest", "admin"]
    for extra in request.args.getlist("more"):
        items.append(extra)
    items.append(name)
    sqlite3.connect("app.db").execute("SELECT id FROM users WHERE name = '%s'" % items[2])  # expect: PW-SQLI:@sqlite3.connect
    return "ok"


@app.route("/d")
def d():
    name = request.args.get("name", "")
    items = ["guest", "admin"]
    items.extend([name])
    items.sort()
    sqlite3.connect("app.db").execute("SELECT id FROM users WHERE name = '%s'" % items[0])  # expect: PW-SQLI:@sqlite3.connect
    return "ok"
