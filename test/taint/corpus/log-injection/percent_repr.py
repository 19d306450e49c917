"""Logging formats its arguments with %-conversions: %r and %a write the repr, newlines escaped."""
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/search")
def search():
    term = request.args.get("q", "")
    log.info("search for %r", term)
    logging.warning("search by %s for %a", "web", term)
    log.info("search for %s", term)  # expect: PW-LOG-INJECTION:5
    log.info("%r then %s", "fixed", term)  # expect: PW-LOG-INJECTION:5
    return {"ok": True}
