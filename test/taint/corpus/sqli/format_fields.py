"""A constant template's format() carries only the fields it shows."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/tail")
def tail():
    fields = {"lead": request.args["q"], "tail": "archived"}
    query = "SELECT * FROM items WHERE state = '{tail}'".format(**fields)
    return str(db.execute(query).fetchall())


@app.route("/lead")
def lead():
    fields = {"lead": request.args["q"], "tail": "archived"}
    query = "SELECT * FROM items WHERE name = '{lead}'".format(**fields)
    return str(db.execute(query).fetchall())  # expect: PW-SQLI:16


@app.route("/named")
def named():
    sql = "SELECT * FROM items ORDER BY {column}".format(column="name", term=request.args["q"])
    return str(db.execute(sql).fetchall())


@app.route("/positional")
def positional():
    sql = "SELECT * FROM items WHERE id = {1}".format(request.args["q"], 7)
    rows = db.execute(sql).fetchall()
    sql = "SELECT * FROM items WHERE name = '{}'".format(request.args["q"])
    return str(rows) + str(db.execute(sql).fetchall())  # expect: PW-SQLI:28


@app.route("/attribute")
def attribute():
    sql = "SELECT * FROM items WHERE name = '{0.q}'".format(request.args)
    return str(db.execute(sql).fetchall())  # expect: PW-SQLI:16


@app.route("/spread")
def spread():
    values = request.args.to_dict()
    sql = "SELECT * FROM items WHERE name = '{name}'".format(**values)
    return str(db.execute(sql).fetchall())  # expect: PW-SQLI:16
