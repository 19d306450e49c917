"""Stack traces logged server-side; clients only see generic messages."""
import logging
import traceback

from flask import Flask, jsonify

app = Flask(__name__)
logger = logging.getLogger(__name__)


def work():
    raise RuntimeError("boom")


@app.route("/logged")
def logged():
    try:
        work()
    except Exception:
        logger.error(traceback.format_exc())
        return "internal error", 500
    return "ok"


@app.route("/exception-log")
def exception_log():
    try:
        work()
    except Exception:
        app.logger.exception("work failed")
        traceback.print_exc()
        return jsonify(error="internal error"), 500
    return "ok"


@app.route("/message-only")
def message_only():
    try:
        work()
    except RuntimeError as exc:
        return jsonify(error=type(exc).__name__), 500
    return "ok"


def summarize():
    try:
        work()
    except Exception:
        return traceback.format_exc()
    return ""
