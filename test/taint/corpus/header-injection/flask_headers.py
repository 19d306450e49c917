"""Flask response headers set from request data (item assignment and headers.add)."""
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/trace")
def trace():
    resp = make_response("ok")
    resp.headers["X-Trace-Id"] = request.args["trace"]  # expect: PW-HEADER-INJECTION:5
    return resp


@app.route("/download")
def download():
    name = request.args.get("name", "file.txt")
    response = make_response("data")
    response.headers.add("Content-Disposition", "attachment; filename=" + name)  # expect: PW-HEADER-INJECTION:5
    return response


@app.route("/lang")
def lang():
    resp = make_response("ok")
    resp.headers["Content-Language"] = request.cookies.get("lang", "en")  # expect: PW-HEADER-INJECTION:5
    return resp
