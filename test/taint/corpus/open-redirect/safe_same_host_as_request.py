"""Targets resolved against the site's own URL and kept only when their host is the site's."""

from urllib.parse import urljoin, urlparse, urlsplit

from flask import Flask, redirect, request

app = Flask(__name__)


def on_this_site(target):
    own = request.host_url
    absolute = urljoin(own, target)
    mine, theirs = urlparse(own), urlparse(absolute)
    if theirs.netloc != mine.netloc:
        return "/"
    return absolute


@app.route("/back")
def back():
    return redirect(on_this_site(request.args.get("to", "/")))


@app.route("/continue")
def proceed():
    target = urljoin(request.url_root, request.form["next"])
    if urlsplit(target).netloc == urlsplit(request.url_root).netloc:
        return redirect(target)
    return redirect("/")
