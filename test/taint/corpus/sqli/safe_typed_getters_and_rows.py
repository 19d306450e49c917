"""Typed getters convert request data; rows a query reads are the database's, not the request's."""
import sqlite3

from flask import Flask, request
from lxml import etree

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/page")
def page():
    limit = request.args.get("limit", 20, type=int)
    offset = request.args.get("offset", type=int)
    rows = db.execute("SELECT name FROM items LIMIT %d OFFSET %d" % (limit, offset or 0)).fetchall()
    return "<ul>" + "".join("<li>%s</li>" % r[0] for r in rows) + "</ul>"


@app.route("/item")
def item():
    cur = db.cursor()
    cur.execute("SELECT title FROM items WHERE id = ?", (request.args.get("id", ""),))
    row = cur.fetchone()
    return "<h1>" + str(row[0]) + "</h1>"


@app.route("/user")
def user():
    doc = etree.parse("users.xml")
    found = doc.xpath("//user[@name=$name]/email/text()", name=request.args.get("name", ""))
    return "<p>" + ", ".join(found) + "</p>"
