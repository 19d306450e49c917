"""Escaping for other contexts (shell, regex, URL path) does not prevent XSS."""
import re
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.route("/shell")
def shell_quoted():
    return "<p>" + shlex.quote(request.args["x"]) + "</p>"  # expect: PW-XSS:12


@app.route("/regex")
def regex_escaped():
    word = re.escape(request.args["w"])
    return f"<p>{word}</p>"  # expect: PW-XSS:12
