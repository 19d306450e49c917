"""Allow-listed values before logging."""
import logging

from flask import Flask, abort, request

app = Flask(__name__)
logger = logging.getLogger(__name__)
ACTIONS = {"create", "delete"}


@app.route("/action")
def action():
    name = request.args["action"]
    if name not in ACTIONS:
        abort(400)
    logger.info("action " + name)
    return "ok"
