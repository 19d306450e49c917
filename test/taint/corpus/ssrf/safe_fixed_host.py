"""Request data after a fixed scheme and host only chooses a path or a query on that host."""
import urllib.parse
import urllib.request

import requests
from flask import Flask, redirect, request

app = Flask(__name__)
API = "https://api.example.com/v1/"


@app.route("/items")
def items():
    q = request.args.get("q", "")
    requests.get("https://api.example.com/items?q=" + urllib.parse.quote(q), timeout=5)
    requests.get(f"https://api.example.com/items/{q}", timeout=5)
    requests.get("https://api.example.com/items/{}".format(q), timeout=5)
    requests.get(API + q, timeout=5)
    return "ok"


@app.route("/tab")
def tab():
    return redirect("/account?tab=" + request.args.get("tab", ""))
