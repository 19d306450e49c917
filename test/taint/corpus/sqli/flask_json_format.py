"""Flask JSON bodies (get_json() and request.json) formatted into SQL with str.format."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/api/notes", methods=["POST"])
def find_notes():
    payload = request.get_json()
    owner = payload["owner"]
    query = "SELECT body FROM notes WHERE owner = '{}'".format(owner)
    conn = sqlite3.connect("notes.db")
    conn.execute(query)  # expect: PW-SQLI:5
    return "found"


@app.route("/api/notes/delete", methods=["POST"])
def delete_note():
    note_id = request.json["id"]
    query = "DELETE FROM notes WHERE id = {nid}".format(nid=note_id)
    conn = sqlite3.connect("notes.db")
    cur = conn.cursor()
    cur.execute(query)  # expect: PW-SQLI:5
    conn.commit()
    return "deleted"


@app.route("/api/notes/title", methods=["POST"])
def note_by_title():
    title = request.get_json()["title"]
    conn = sqlite3.connect("notes.db")
    conn.execute("SELECT id FROM notes WHERE title = '%s'" % title)  # expect: PW-SQLI:5
    return "found"
