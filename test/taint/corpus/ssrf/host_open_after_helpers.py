"""Look-alikes of fixed destinations built in helpers: request data still picks the host."""
import requests
from flask import Flask, redirect, request

app = Flask(__name__)
BASE = "https://api.example.com"
SCHEME = "https://"


def joined(host, path):
    return f"{SCHEME}{host}/{path}"


def no_slash(suffix):
    return f"{BASE}{suffix}"


def formatted(value):
    return "{}/items".format(value)


@app.route("/joined")
def via_joined():
    return requests.get(joined(request.args["host"], "status"), timeout=5).text  # expect: PW-SSRF:12


@app.route("/no-slash")
def via_no_slash():
    return requests.get(no_slash(request.args["s"]), timeout=5).text  # expect: PW-SSRF:12


@app.route("/formatted")
def via_formatted():
    return requests.get(formatted(request.args["v"]), timeout=5).text  # expect: PW-SSRF:12


@app.route("/inline-lambda")
def inline_lambda():
    to = (lambda v: "/" + v)(request.args["to"])
    return redirect(to)  # expect: PW-OPEN-REDIRECT:12


@app.route("/spec")
def format_spec():
    return requests.get(f"{BASE!s:>40}/{request.args['p']}", timeout=5).text  # expect: PW-SSRF:12
