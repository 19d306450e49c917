"""Dead branches and reassignment: the formatted trace never reaches the response."""
import traceback

from flask import Flask

app = Flask(__name__)


def work():
    raise RuntimeError("boom")


@app.route("/dead")
def dead():
    try:
        work()
    except Exception:
        if False:
            return traceback.format_exc(), 500
        return "internal error", 500
    return "ok"


@app.route("/reassign")
def reassign():
    try:
        work()
    except Exception:
        detail = traceback.format_exc()
        detail = "internal error"
        return detail, 500
    return "ok"


@app.route("/fold")
def fold():
    try:
        work()
    except Exception:
        num = 106
        body = "internal error" if 7 * 18 + num > 200 else traceback.format_exc()
        return body, 500
    return "ok"
