"""*args/**kwargs forwarding and configparser round trips into eval/exec."""
import configparser

from flask import Flask, request

app = Flask(__name__)


def first(*args):
    return args[0]


def pick(**kwargs):
    return kwargs["expr"]


def relay(*args, **kwargs):
    return pick(*args, **kwargs)


@app.route("/args")
def with_args():
    eval(first(request.args["expr"], "0"))  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/kwargs")
def with_kwargs():
    exec(relay(expr=request.args["expr"]))  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/config")
def with_config():
    cp = configparser.ConfigParser()
    cp.read_dict({"calc": {"formula": "1+1"}})
    cp.set("calc", "formula", request.args["formula"])
    eval(cp.get("calc", "formula"))  # expect: PW-CODE-INJECTION:5
    return "ok"
