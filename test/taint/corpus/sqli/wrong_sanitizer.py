"""Sanitizers of the wrong kind do not protect SQL: these are still injectable."""
import html
import os
import shlex
import sqlite3

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/html-escaped")
def html_escaped():
    name = html.escape(request.args["name"])
    sqlite3.connect("w.db").execute("SELECT * FROM users WHERE name = '" + name + "'")  # expect: PW-SQLI:5
    return "ok"


@app.route("/shell-quoted")
def shell_quoted():
    city = shlex.quote(request.args["city"])
    sqlite3.connect("w.db").execute(f"SELECT * FROM users WHERE city = {city}")  # expect: PW-SQLI:5
    return "ok"


@app.route("/markup-escaped")
def markup_escaped():
    role = str(escape(request.args["role"]))
    sqlite3.connect("w.db").execute("SELECT * FROM users WHERE role = " + role)  # expect: PW-SQLI:5
    return "ok"


@app.route("/basename")
def basenamed():
    title = os.path.basename(request.args["title"])
    sqlite3.connect("w.db").execute("SELECT * FROM docs WHERE title = '%s'" % title)  # expect: PW-SQLI:5
    return "ok"
