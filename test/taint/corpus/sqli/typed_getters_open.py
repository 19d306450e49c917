"""Getters whose converter keeps text, and statements whose value is the text itself."""
import sqlite3

import psycopg2
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/search")
def search():
    term = request.args.get("q", "", type=str)
    return str(db.execute("SELECT * FROM items WHERE name = '" + term + "'").fetchall())  # expect: PW-SQLI:16


@app.route("/preview")
def preview():
    conn = psycopg2.connect("dbname=app")
    cur = conn.cursor()
    sql = cur.mogrify("SELECT * FROM items WHERE name = %s", (request.args.get("q", ""),))
    return "<pre>" + sql.decode() + "</pre>"  # expect: PW-XSS:12


@app.route("/default")
def default():
    fallback = request.args.get("fallback", "")
    n = request.args.get("n", fallback, type=int)
    return str(db.execute("SELECT * FROM items LIMIT " + str(n)).fetchall())  # expect: PW-SQLI:16
