"""Look-alikes of local-path checks that let another host through."""
from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = {"www.example.com"}


@app.route("/return")
def back():
    # "//evil.example" starts with "/" too
    dest = request.args.get("next", "/")
    if not dest.startswith("/"):
        dest = "/"
    return redirect(dest)  # expect: PW-OPEN-REDIRECT:12


@app.route("/continue", methods=["POST"])
def continue_flow():
    target = request.form.get("target", "/")
    parsed = urlparse(target)
    if parsed.netloc or parsed.netloc not in ALLOWED_HOSTS:
        return redirect(target)  # expect: PW-OPEN-REDIRECT:16
    abort(400)
