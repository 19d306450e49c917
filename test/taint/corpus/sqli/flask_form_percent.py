"""Flask form fields put into SQL with %-formatting; executemany / executescript sinks."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def db():
    return sqlite3.connect("accounts.db")


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    conn = db()
    stmt = "SELECT id FROM users WHERE name = '%s'" % username
    conn.cursor().execute(stmt)  # expect: PW-SQLI:5
    return "checked"


@app.route("/tags", methods=["POST"])
def add_tags():
    table = request.form.get("table")
    conn = db()
    rows = [("red",), ("blue",)]
    conn.executemany("INSERT INTO %s (label) VALUES (?)" % table, rows)  # expect: PW-SQLI:5
    conn.commit()
    return "added"


@app.route("/maintenance", methods=["POST"])
def maintenance():
    script = "BEGIN; DELETE FROM audit WHERE day < '%s'; COMMIT;" % (request.form["before"],)
    conn = db()
    conn.executescript(script)  # expect: PW-SQLI:5
    return "cleaned"
