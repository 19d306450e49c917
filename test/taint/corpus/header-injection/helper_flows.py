"""Header values built by helpers and f-strings from request data."""
from flask import Flask, make_response, request

app = Flask(__name__)


def disposition(filename):
    return f'attachment; filename="{filename}"'


def set_header(resp, name, value):
    resp.headers[name] = value  # expect: PW-HEADER-INJECTION:5


@app.route("/file")
def file_view():
    resp = make_response("data")
    resp.headers["Content-Disposition"] = disposition(request.args["f"])  # expect: PW-HEADER-INJECTION:5
    return resp


@app.route("/custom")
def custom_view():
    resp = make_response("ok")
    set_header(resp, "X-Custom", request.headers.get("X-Echo", ""))
    return resp
