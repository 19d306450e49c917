"""Taint through object attributes (self.attr), closures and lambdas into SQL."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


class UserRepository:
    table = "users"

    def __init__(self, conn):
        self.conn = conn
        self.filter_value = ""

    def set_filter(self, value):
        self.filter_value = value

    def fetch(self):
        self.conn.execute(f"SELECT * FROM {self.table} WHERE name = '{self.filter_value}'")  # expect: PW-SQLI:9


class QueryBox:
    def __init__(self, text):
        self.text = text


@app.route("/repo")
def repo_view():
    repo = UserRepository(sqlite3.connect("users.db"))
    repo.set_filter(request.args["name"])
    repo.fetch()
    return "ok"


@app.route("/box")
def box_view():
    box = QueryBox("SELECT * FROM users WHERE email = '" + request.args["email"] + "'")
    conn = sqlite3.connect("users.db")
    conn.execute(box.text)  # expect: PW-SQLI:5
    return "ok"


@app.route("/closure")
def closure_view():
    group = request.args["group"]
    conn = sqlite3.connect("users.db")

    def load():
        conn.execute("SELECT * FROM users WHERE grp = '" + group + "'")  # expect: PW-SQLI:9

    load()
    return "ok"


@app.route("/lambda")
def lambda_view():
    make_sql = lambda v: "SELECT * FROM users WHERE city = '%s'" % v
    conn = sqlite3.connect("users.db")
    conn.execute(make_sql(request.args["city"]))  # expect: PW-SQLI:5
    return "ok"
