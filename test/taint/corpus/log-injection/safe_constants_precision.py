"""Constant messages, casts, non-user data, dead branches and reassignment in logging."""
import logging
import os

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/constant")
def constant():
    logger.info("health check")
    logging.warning("cwd is %s", os.getcwd())
    return "ok"


@app.route("/cast")
def cast():
    n = int(request.args["n"])
    logger.info("page %d requested", n)
    app.logger.info("count=" + str(len(request.args)))
    return "ok"


@app.route("/fold")
def fold():
    param = request.args["v"]
    num = 106
    msg = "fixed" if 7 * 18 + num > 200 else param
    logger.info(msg)
    return "ok"


@app.route("/reassign")
def reassign():
    msg = request.args["m"]
    msg = "reset"
    logger.warning(msg)
    return "ok"


@app.route("/if-false")
def if_false():
    if False:
        logger.error(request.args["m"])
    return "ok"


def redacted(_value):
    return "<redacted>"


@app.route("/helper")
def helper():
    logger.info("token " + redacted(request.args["token"]))
    return "ok"


@app.route("/early")
def early():
    msg = "default"
    if request.args.get("m"):
        msg = request.args["m"]
        return "rejected", 400
    logger.info(msg)
    return "ok"
