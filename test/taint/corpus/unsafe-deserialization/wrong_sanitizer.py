"""Escaping meant for HTML/shell does not make pickle/yaml input safe."""
import base64
import html
import pickle
import shlex

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/html")
def html_escaped():
    doc = html.escape(request.args["doc"])
    yaml.unsafe_load(doc)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"


@app.route("/shell")
def shell_quoted():
    token = shlex.quote(request.args["t"])
    pickle.loads(base64.b64decode(token))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "ok"
