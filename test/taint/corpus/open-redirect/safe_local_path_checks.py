"""Checks that keep a redirect on this site: a local path, or a URL without a foreign host."""
from urllib.parse import unquote, urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_HOSTS = {"www.example.com", "accounts.example.com"}


@app.route("/return")
def back():
    dest = unquote(request.cookies.get("return_to", "/"))
    if not dest.startswith("/") or dest.startswith("//") or dest.startswith("/\\"):
        dest = "/"
    return redirect(dest)


@app.route("/continue", methods=["POST"])
def continue_flow():
    target = request.form.get("target", "/").strip()
    parsed = urlparse(target)
    if parsed.netloc and parsed.netloc not in ALLOWED_HOSTS:
        abort(400)
    return redirect(target)
