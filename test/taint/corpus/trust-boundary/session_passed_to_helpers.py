"""Helpers and methods that write into the object they are given: the session when a view passes it."""
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev-only-not-a-secret"


class Preferences:
    def __init__(self, source):
        self.data = {k: source.get(k) for k in ("currency", "timezone") if source.get(k)}

    def save(self, store):
        store["prefs"] = self.data  # expect: PW-TRUST-BOUNDARY:9


def remember(store, key, value):
    store[key] = value  # expect: PW-TRUST-BOUNDARY:5


def tally(counts, key):
    counts[key] = counts.get(key, 0) + 1


@app.route("/prefs", methods=["POST"])
def update_prefs():
    prefs = Preferences(request.args)
    prefs.save(session)
    return "ok"


@app.route("/remember", methods=["POST"])
def remember_view():
    remember(session, "last_search", request.form["q"])
    return "ok"


@app.route("/local", methods=["POST"])
def local_view():
    cache = {}
    remember(cache, "last_search", request.form["q"])
    Preferences(request.args).save(cache)
    return str(cache)


@app.route("/fixed", methods=["POST"])
def fixed_view():
    remember(session, "theme", "dark")
    Preferences({"currency": "EUR"}).save(session)
    return "ok"


@app.route("/count")
def count_view():
    tally(session, "visits")
    return "ok"
