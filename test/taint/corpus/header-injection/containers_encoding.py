"""Header values carried through dicts, base64 round trips and augmented assignment."""
import base64

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/dict")
def via_dict():
    values = {"etag": request.args["etag"], "policy": "none"}
    resp = make_response("ok")
    resp.headers["ETag"] = values["etag"]  # expect: PW-HEADER-INJECTION:5
    return resp


@app.route("/b64")
def via_b64():
    value = base64.b64decode(request.args["v"]).decode()
    resp = make_response("ok")
    resp.headers.add("X-Decoded", value)  # expect: PW-HEADER-INJECTION:5
    return resp


@app.route("/augmented")
def via_augmented():
    link = "</style.css>; rel=preload"
    link += ", " + request.args["extra"]
    resp = make_response("ok")
    resp.headers["Link"] = link  # expect: PW-HEADER-INJECTION:5
    return resp
