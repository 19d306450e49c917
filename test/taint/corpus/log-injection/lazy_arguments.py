"""Request data passed as lazy %-style logging arguments still ends up in the log line."""
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/lazy")
def lazy():
    logger.info("user %s logged in", request.args["user"])  # expect: PW-LOG-INJECTION:5
    return "ok"
