"""Flask raw body (request.data) decoded and used as SQL."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/admin/query", methods=["POST"])
def run_query():
    statement = request.data.decode("utf-8")
    conn = sqlite3.connect("admin.db")
    conn.execute(statement)  # expect: PW-SQLI:5
    return "ran"


@app.route("/admin/filter", methods=["POST"])
def run_filter():
    where = request.get_data(as_text=True)
    conn = sqlite3.connect("admin.db")
    conn.execute("SELECT * FROM jobs WHERE " + where)  # expect: PW-SQLI:5
    return "ran"
