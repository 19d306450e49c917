"""base64 / decode round trips, walrus, loops, augmented assignment and slicing into HTML."""
import base64

from flask import Flask, request

app = Flask(__name__)


@app.route("/b64")
def b64():
    msg = base64.b64decode(request.cookies.get("flash", "")).decode("utf-8")
    return "<div class='flash'>" + msg + "</div>"  # expect: PW-XSS:12


@app.route("/walrus")
def walrus():
    if (note := request.args.get("note")):
        return f"<aside>{note}</aside>"  # expect: PW-XSS:16
    return "<aside>none</aside>"


@app.route("/loop")
def loop():
    html = "<ol>"
    for entry in request.args.getlist("e"):
        html += "<li>" + entry + "</li>"
    html += "</ol>"
    return html  # expect: PW-XSS:12


@app.route("/slice")
def sliced():
    return "<p>" + request.args["text"][:80].strip() + "</p>"  # expect: PW-XSS:12


@app.route("/data", methods=["POST"])
def raw_data():
    body = request.data.decode()
    return "<pre>" + body + "</pre>"  # expect: PW-XSS:12
