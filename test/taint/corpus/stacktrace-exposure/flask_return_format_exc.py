"""Flask views returning traceback.format_exc() to the client."""
import traceback

from flask import Flask

app = Flask(__name__)


def risky():
    return 1 / 0


@app.route("/compute")
def compute():
    try:
        risky()
    except ZeroDivisionError:
        return traceback.format_exc()  # expect: PW-STACKTRACE-EXPOSURE:16
    return "ok"


@app.route("/compute2")
def compute2():
    try:
        risky()
    except Exception:
        return traceback.format_exc(), 500  # expect: PW-STACKTRACE-EXPOSURE:16
    return "ok"


@app.route("/compute3")
def compute3():
    try:
        risky()
    except Exception:
        details = traceback.format_exc()
        message = "<pre>" + details + "</pre>"
        return message, 500  # expect: PW-STACKTRACE-EXPOSURE:16
    return "ok"
