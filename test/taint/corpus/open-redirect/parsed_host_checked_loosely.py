"""Host checks that do not hold: a substring test, or the scheme alone."""
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/out")
def out():
    target = request.args.get("url", "")
    if "example.com" in urlparse(target).netloc:
        return redirect(target)  # expect: PW-OPEN-REDIRECT:@redirect
    if urlparse(target).scheme in ("http", "https"):
        return redirect(target)  # expect: PW-OPEN-REDIRECT:@redirect
    return redirect("/")
