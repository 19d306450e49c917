"""A class that keeps the object it writes into: the session only where it is built with it."""
from flask import Flask, request, session

app = Flask(__name__)


class Facade:
    def __init__(self, store, prefix="app"):
        self._store = store
        self._prefix = prefix

    def set(self, key, value):
        self._store[f"{self._prefix}:{key}"] = value  # expect: PW-TRUST-BOUNDARY:9


@app.route("/tenant")
def tenant():
    Facade(session, prefix="tenant").set("id", request.headers.get("X-Tenant", ""))
    return {"ok": True}


@app.route("/scratch")
def scratch():
    notes = {}
    Facade(notes).set("last", request.args.get("q", ""))
    return {"notes": len(notes)}


@app.route("/theme")
def theme():
    store = Facade(session)
    store.set("theme", "dark")
    return {"ok": True}
