"""Guards combined with `or`/`and`, and allow-lists inside conditional expressions."""
import os

from flask import Flask, abort, request, send_file, session

app = Flask(__name__)
BASE = "/srv/docs"
KNOWN = {"alpha", "beta"}


@app.route("/docs/<path:doc>")
def serve(doc):
    full = os.path.realpath(os.path.join(BASE, doc))
    if not full.startswith(BASE + os.sep) or not os.path.exists(full):
        abort(404)
    return send_file(full)


@app.route("/nick")
def nick():
    value = request.args.get("nick", "").strip()
    session["nick"] = value if value in KNOWN else "guest"
    return "ok"
