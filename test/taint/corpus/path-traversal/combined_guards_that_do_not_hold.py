"""Combined guards that let request data through."""
import os

from flask import Flask, abort, request, send_file, session

app = Flask(__name__)
BASE = "/srv/docs"
KNOWN = {"alpha", "beta"}


@app.route("/docs/<path:doc>")
def serve(doc):
    full = os.path.realpath(os.path.join(BASE, doc))
    if not full.startswith(BASE + os.sep) and not os.path.exists(full):
        abort(404)
    return send_file(full)  # expect: PW-PATH-TRAVERSAL:@send_file


@app.route("/nick")
def nick():
    value = request.args.get("nick", "").strip()
    session["nick"] = "guest" if value in KNOWN else value  # expect: PW-TRUST-BOUNDARY:@session
    return "ok"
