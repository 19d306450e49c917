"""Host comparisons that do not keep the target on this site."""

from urllib.parse import urljoin, urlparse

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/against-a-parameter")
def against_parameter():
    target = urljoin(request.host_url, request.args["to"])
    if urlparse(target).netloc != urlparse(request.args["site"]).netloc:
        return redirect("/")
    return redirect(target)  # expect: PW-OPEN-REDIRECT:12


@app.route("/inverted")
def inverted():
    target = urljoin(request.host_url, request.args["to"])
    if urlparse(target).netloc == urlparse(request.host_url).netloc:
        return redirect("/")
    return redirect(target)  # expect: PW-OPEN-REDIRECT:12
