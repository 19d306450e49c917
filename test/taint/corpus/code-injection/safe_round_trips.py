"""Round trips through the application's own literal or serialiser give back a plain value."""
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/repr")
def literal():
    bar = "Hello " + request.args.get("name", "")
    value = eval(repr(bar))
    return str(len(value))


@app.route("/pickle")
def pickled():
    blob = pickle.dumps(request.form.get("v", ""))
    return str(len(pickle.loads(blob)))


@app.route("/yaml")
def dumped():
    text = yaml.dump({"v": request.form.get("v", "")})
    return str(len(yaml.load(text, Loader=yaml.Loader)))
