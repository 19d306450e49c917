"""Containers holding request data, formatted whole into SQL text: the text carries the data."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/dict")
def as_dict():
    params = {"q": request.args.get("q", "")}
    return str(db.execute("SELECT * FROM log WHERE msg = '%s'" % params).fetchall())  # expect: PW-SQLI:16


@app.route("/list")
def as_list():
    names = ["admin", request.args.get("name", "")]
    return str(db.execute("SELECT * FROM users WHERE name IN {}".format(tuple(names))).fetchall())  # expect: PW-SQLI:16


@app.route("/str")
def as_str():
    row = ("x", request.args.get("v", ""))
    return str(db.execute(f"INSERT INTO t VALUES {str(row)}").fetchall())  # expect: PW-SQLI:16


@app.route("/constant")
def constant():
    names = ("admin", "guest")
    return str(db.execute("SELECT * FROM users WHERE name IN {}".format(names)).fetchall())
