"""A Flask error handler that returns the formatted traceback."""
import traceback

from flask import Flask

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_any(exc):
    return "<pre>" + traceback.format_exc() + "</pre>", 500  # expect: PW-STACKTRACE-EXPOSURE:12
