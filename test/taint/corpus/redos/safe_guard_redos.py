"""Only allow-listed patterns are compiled."""
import re

from flask import Flask, abort, request

app = Flask(__name__)
PATTERNS = {r"^\d+$", r"^[a-z]+$"}


@app.route("/check")
def check():
    pattern = request.args["pattern"]
    if pattern not in PATTERNS:
        abort(400)
    re.compile(pattern)
    return "ok"
