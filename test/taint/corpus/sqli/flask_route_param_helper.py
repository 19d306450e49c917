"""Flask route parameters flowing through same-module helper functions into SQL."""
import sqlite3

from flask import Flask

app = Flask(__name__)


def identity(value):
    return value


def build_profile_query(username):
    return "SELECT * FROM profiles WHERE username = '" + username + "'"


def run_sql(conn, sql):
    conn.execute(sql)  # expect: PW-SQLI:5


@app.route("/profile/<username>")
def profile(username):
    conn = sqlite3.connect("site.db")
    conn.execute(build_profile_query(username))  # expect: PW-SQLI:5
    return "shown"


@app.route("/team/<team>/members")
def team_members(team):
    name = identity(team)
    conn = sqlite3.connect("site.db")
    cur = conn.cursor()
    cur.execute("SELECT member FROM teams WHERE team = '%s'" % name)  # expect: PW-SQLI:5
    return "shown"


@app.route("/archive/<path:section>")
def archive(section):
    conn = sqlite3.connect("site.db")
    run_sql(conn, f"SELECT * FROM archive WHERE section = '{section}'")
    return "shown"
