"""Stack traces returned inside JSON bodies."""
import traceback

from flask import Flask, jsonify

app = Flask(__name__)


def load():
    raise RuntimeError("backend unavailable")


@app.route("/api/data")
def data():
    try:
        load()
    except Exception:
        return jsonify(error=traceback.format_exc()), 500  # expect: PW-STACKTRACE-EXPOSURE:16
    return jsonify(ok=True)


@app.route("/api/data2")
def data2():
    try:
        load()
    except Exception:
        tb = traceback.format_exc()
        return {"trace": tb}  # expect: PW-STACKTRACE-EXPOSURE:16
    return {"ok": True}
