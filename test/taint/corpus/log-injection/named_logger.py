"""Named loggers (logging.getLogger) fed request data."""
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/order/<order_id>")
def order(order_id):
    logger.warning(f"order {order_id} looked up")  # expect: PW-LOG-INJECTION:5
    return "ok"


@app.route("/feedback", methods=["POST"])
def feedback():
    text = request.form.get("text", "")
    logger.info("feedback received: {}".format(text))  # expect: PW-LOG-INJECTION:5
    return "ok"


@app.route("/debug")
def debug():
    log = logging.getLogger("audit")
    log.debug("cookie=" + request.cookies.get("sid", ""))  # expect: PW-LOG-INJECTION:5
    return "ok"
