"""HTML escaping and URL quoting keep '//evil.example' intact: still an open redirect."""
import html
from urllib.parse import quote

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/escaped")
def escaped():
    return redirect(html.escape(request.args["next"]))  # expect: PW-OPEN-REDIRECT:12


@app.route("/quoted")
def quoted():
    return redirect(quote(request.args["next"]))  # expect: PW-OPEN-REDIRECT:12
