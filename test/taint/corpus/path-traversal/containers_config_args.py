"""Dicts, tuples, configparser and *args/**kwargs carrying request data to file paths."""
import configparser
import os

from flask import Flask, request

app = Flask(__name__)


def join_path(*parts):
    return os.path.join(*parts)


def located(**kw):
    return "/srv/" + kw["folder"] + "/" + kw["file"]


@app.route("/dict")
def via_dict():
    opts = {"name": request.args["name"], "mode": "r"}
    open("/srv/data/" + opts["name"], opts["mode"]).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/tuple")
def via_tuple():
    folder, fname = ("reports", request.args["file"])
    open(os.path.join("/srv", folder, fname)).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/config")
def via_config():
    cfg = configparser.ConfigParser()
    cfg.add_section("paths")
    cfg.set("paths", "export", request.args["export"])
    open(cfg.get("paths", "export"), "w").close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/varargs")
def via_varargs():
    open(join_path("/srv/data", request.args["name"])).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/kwargs")
def via_kwargs():
    os.remove(located(folder="tmp", file=request.args["file"]))  # expect: PW-PATH-TRAVERSAL:5
    return "ok"
