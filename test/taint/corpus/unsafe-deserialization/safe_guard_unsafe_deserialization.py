"""Only blobs from a server-side allow-list are unpickled."""
import pickle

from flask import Flask, abort, request

app = Flask(__name__)
KNOWN_BLOBS = {pickle.dumps("a"), pickle.dumps("b")}
PRESETS = (pickle.dumps({"size": 1}), pickle.dumps({"size": 2}))


@app.route("/known", methods=["POST"])
def known():
    blob = request.data
    if blob not in KNOWN_BLOBS:
        abort(400)
    pickle.loads(blob)
    return "ok"


@app.route("/preset", methods=["POST"])
def preset():
    blob = request.data
    if blob in PRESETS:
        pickle.loads(blob)
    return "ok"
