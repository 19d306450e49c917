"""traceback.print_exc written into a buffer that is sent back to the client."""
import io
import traceback

from flask import Flask

app = Flask(__name__)


def step():
    raise KeyError("missing")


@app.route("/step")
def step_view():
    try:
        step()
    except Exception:
        buf = io.StringIO()
        traceback.print_exc(file=buf)
        return buf.getvalue(), 500  # expect: PW-STACKTRACE-EXPOSURE:16
    return "ok"
