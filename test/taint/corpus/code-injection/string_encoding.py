"""String building and base64 round trips before eval/exec/compile."""
import base64

from flask import Flask, request

app = Flask(__name__)


@app.route("/format")
def fmt():
    eval("{}({})".format("abs", request.args["n"]))  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/percent")
def percent():
    exec("total = %s" % request.args["total"])  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/b64")
def b64():
    code = base64.b64decode(request.args["payload"]).decode()
    exec(code)  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/bytes")
def as_bytes():
    raw = request.args["src"].encode("utf-8")
    compile(raw, "<bytes>", "exec")  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/sliced")
def sliced():
    eval(request.args["expr"].strip()[:64].lower())  # expect: PW-CODE-INJECTION:5
    return "ok"
