"""url_has_allowed_host_and_scheme and allow-lists guard the redirect target."""
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import Flask, abort, redirect, request

app = Flask(__name__)
ALLOWED_TARGETS = {"/home", "/settings"}


def dj_after_login(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return HttpResponseRedirect(target)


def dj_after_login2(request):
    target = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(url=target, allowed_hosts={"example.com"}, require_https=True):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect("/")


@app.route("/jump")
def jump():
    target = request.args["to"]
    if target not in ALLOWED_TARGETS:
        abort(400)
    return redirect(target)
