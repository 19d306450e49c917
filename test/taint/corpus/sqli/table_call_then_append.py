"""A callee read from a table early in the file must not hide lists changed in place after it."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)
HANDLERS = {"audit": print}


@app.route("/lookup")
def lookup():
    HANDLERS["audit"]("lookup")
    names = ["guest"]
    names.append(request.args["n"])
    sqlite3.connect("app.db").execute("SELECT * FROM t WHERE n = '%s'" % names[-1])  # expect: PW-SQLI:@sqlite3.connect
    return "ok"


@app.route("/fixed")
def fixed():
    HANDLERS["audit"]("fixed")
    names = [request.args["n"]]
    names.append("guest")
    sqlite3.connect("app.db").execute("SELECT * FROM t WHERE n = '%s'" % names[-1])
    return "ok"
