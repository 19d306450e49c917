"""HTTP routes of the Flask app. Deliberately vulnerable: see README.md."""

import base64
import os
import pickle
import subprocess

import requests
import yaml
from flask import jsonify, redirect, render_template_string, request, send_file

from app import app
from app.db import count_notes, find_note, get_db, notes_by_owner


@app.route("/notes/search")
def search_notes():
    term = request.args.get("q", "")
    cursor = get_db().cursor()
    # SQL injection: the search term is pasted into the query text.
    cursor.execute(f"SELECT id, title FROM notes WHERE title LIKE '%{term}%'")
    return jsonify([dict(row) for row in cursor.fetchall()])


@app.route("/notes/sorted")
def sorted_notes():
    column = request.args["order"]
    cursor = get_db().cursor()
    # SQL injection through %-formatting of an ORDER BY column.
    query = "SELECT id, title FROM notes ORDER BY %s" % column
    cursor.execute(query)
    return jsonify([dict(row) for row in cursor.fetchall()])


@app.route("/notes/<int:note_id>")
def show_note(note_id):
    row = find_note(note_id)
    return jsonify(dict(row)) if row else ("not found", 404)


@app.route("/notes/mine")
def my_notes():
    return jsonify([dict(r) for r in notes_by_owner(request.args.get("owner", ""))])


@app.route("/admin/ping")
def ping_host():
    host = request.args.get("host", "127.0.0.1")
    # Command injection: user input reaches a shell.
    result = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)
    return result.stdout


@app.route("/admin/backup", methods=["POST"])
def backup():
    name = request.form["name"]
    os.system("tar czf /var/backups/" + name + ".tgz /srv/notes")
    return "backup started"


@app.route("/admin/disk")
def disk_usage():
    # SAFE: fixed argument list, no shell.
    result = subprocess.run(["/usr/bin/df", "-h", "/srv/notes"], capture_output=True, text=True, check=False)
    return result.stdout


@app.route("/calc", methods=["POST"])
def calculate():
    expression = request.form.get("expr", "0")
    # Arbitrary code execution.
    return str(eval(expression))


@app.route("/preferences")
def preferences():
    raw = request.cookies.get("prefs")
    if not raw:
        return jsonify({})
    # Deserializing attacker-controlled bytes runs arbitrary code.
    prefs = pickle.loads(base64.b64decode(raw))
    return jsonify(prefs)


@app.route("/import", methods=["POST"])
def import_notes():
    # yaml.load without SafeLoader can build arbitrary Python objects.
    data = yaml.load(request.data)
    return jsonify({"imported": len(data or [])})


@app.route("/import/safe", methods=["POST"])
def import_notes_safely():
    # SAFE: safe_load only builds plain data.
    data = yaml.safe_load(request.data)
    return jsonify({"imported": len(data or [])})


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    # Server-side template injection: the user controls the template source.
    return render_template_string("<h1>Hello " + name + "!</h1>")


@app.route("/login/done")
def after_login():
    # Open redirect.
    return redirect(request.args["next"])


@app.route("/preview")
def preview_link():
    url = request.args["url"]
    # SSRF, TLS verification disabled and no timeout.
    response = requests.get(url, verify=False)
    return response.text[:500]


@app.route("/download")
def download():
    filename = request.args.get("file", "")
    # Path traversal: "../../etc/passwd" walks out of the upload directory.
    path = os.path.join(app.config["UPLOAD_DIR"], filename)
    with open(path, "rb") as handle:
        return handle.read()


@app.route("/export")
def export_all():
    # SAFE: the path is fixed by the server.
    return send_file(os.path.join(app.config["UPLOAD_DIR"], "export.csv"))


@app.route("/stats")
def stats():
    return jsonify({"notes": count_notes()})
