"""Allow-listed values before they are placed in a header."""
from flask import Flask, abort, make_response, request

app = Flask(__name__)
LANGS = {"en", "fr", "de"}


@app.route("/lang")
def lang():
    code = request.args["lang"]
    if code not in LANGS:
        abort(400)
    resp = make_response("ok")
    resp.headers["Content-Language"] = code
    return resp
