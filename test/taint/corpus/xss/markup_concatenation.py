"""Markup around text that was concatenated first marks the request data itself safe."""
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/notice")
def notice():
    return Markup("<span>" + request.args.get("msg", "") + "</span>")  # expect: PW-XSS:@Markup
