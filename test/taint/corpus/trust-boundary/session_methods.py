"""Request data stored in the session through its mapping methods."""
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/prefs", methods=["POST"])
def prefs():
    session.update({"display_name": request.form["name"]})  # expect: PW-TRUST-BOUNDARY:@session.update
    session.setdefault("theme", request.form.get("theme", "light"))  # expect: PW-TRUST-BOUNDARY:@session.setdefault
    session.update({"visits": 1})
    return "ok"
