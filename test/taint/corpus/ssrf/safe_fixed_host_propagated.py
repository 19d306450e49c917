"""A fixed scheme and host keeps the destination fixed wherever the text goes next."""
import requests
from flask import Flask, redirect, request

app = Flask(__name__)
BASE = "https://api.example.com"
API_ROOT = "https://api.example.com/v2/"


def item_url(item_id):
    return f"{BASE}/items/{item_id}"


def search_url(term):
    return API_ROOT + "search?q=" + term


def user_path(name):
    return "/users/%s" % name


@app.route("/item")
def item():
    return requests.get(f"{BASE}/items/{request.args['id']}", timeout=5).text


@app.route("/item-helper")
def item_helper():
    return requests.get(item_url(request.args["id"]), timeout=5).text


@app.route("/search")
def search():
    url = search_url(request.args.get("q", ""))
    resp = requests.get(url, timeout=5)
    return resp.text


@app.route("/lambda")
def via_lambda():
    build = lambda v: "https://api.example.com/v1/" + v  # noqa: E731
    return requests.get(build(request.args["id"]), timeout=5).text


@app.route("/inline-lambda")
def inline_lambda():
    to = (lambda v: "/users/" + v)(request.args["id"])
    return redirect(to)


@app.route("/profile")
def profile():
    return redirect(user_path(request.args["name"]))
