"""Redirects written as a Location header by hand."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/next")
def next_page():
    resp = make_response("", 302)
    resp.headers["Location"] = request.args.get("to", "/")  # expect: PW-OPEN-REDIRECT:5
    return resp


@app.route("/again")
def again():
    resp = make_response("", 303)
    resp.headers.set("location", request.args["to"])  # expect: PW-OPEN-REDIRECT:@resp.headers.set
    return resp


@app.route("/tagged")
def tagged():
    resp = make_response("ok")
    resp.headers["X-Request-Tag"] = request.args.get("tag", "")  # expect: PW-HEADER-INJECTION:5
    return resp
