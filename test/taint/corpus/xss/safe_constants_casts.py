"""Constant HTML, numeric casts and non-user data in responses."""
import os

from django.http import HttpResponse
from flask import Flask, make_response, request

app = Flask(__name__)
SITE_NAME = "Example"


@app.route("/constant")
def constant():
    return "<h1>Welcome</h1>"


@app.route("/site")
def site():
    return f"<h1>{SITE_NAME}</h1>"


@app.route("/count")
def count():
    n = int(request.args["n"])
    return f"<p>{n} items</p>"


@app.route("/price")
def price():
    return make_response("<p>%.2f</p>" % float(request.args["p"]))


@app.route("/cwd")
def cwd():
    return "<code>" + os.getcwd() + "</code>"


@app.route("/length")
def length():
    return "<p>" + str(len(request.args["text"])) + " characters</p>"


def dj_page(request, page):
    return HttpResponse("<p>Page %d</p>" % int(page))
