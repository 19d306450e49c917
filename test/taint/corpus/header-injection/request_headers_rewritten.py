"""Rewriting the request's own headers sends nothing; a response header still does."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/norm")
def norm():
    for key, val in request.headers.items():
        if isinstance(val, bytes):
            request.headers[key] = val.decode("utf-8")
    resp = make_response("ok")
    resp.headers["X-Trace"] = request.args["t"]  # expect: PW-HEADER-INJECTION:5
    return resp


@app.route("/django-like")
def django_like():
    request.headers["X-Seen"] = request.args.get("seen", "")
    return "ok"
