"""Helpers that keep a value only when it is in a collection the caller passes."""
import sqlite3

from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev-only-not-a-secret"

LANGUAGES = ("en", "de", "fr")
SORT_COLUMNS = {"name", "created", "price"}


def pick(value, allowed, default):
    return value if value in allowed else default


def checked(value, allowed):
    if value not in allowed:
        raise ValueError("not allowed")
    return value


def first_word(value, allowed):
    # the check is of another value: what is returned is not allow-listed
    head = value.split(" ")[0]
    return value if head in allowed else ""


@app.route("/lang", methods=["POST"])
def set_language():
    session["lang"] = pick(request.form.get("lang", "en"), LANGUAGES, "en")
    return "ok"


@app.route("/sorted")
def sorted_items():
    column = checked(request.args.get("sort", "name"), SORT_COLUMNS)
    db = sqlite3.connect("app.db")
    return str(db.execute(f"SELECT * FROM items ORDER BY {column}").fetchall())


@app.route("/theme", methods=["POST"])
def set_theme():
    # the allowed values come from the request too: no allow-list at all
    choices = request.form.getlist("choices")
    session["theme"] = pick(request.form.get("theme", "light"), choices, "light")  # expect: PW-TRUST-BOUNDARY:5
    return "ok"


@app.route("/greeting", methods=["POST"])
def set_greeting():
    session["greeting"] = first_word(request.form.get("greeting", ""), LANGUAGES)  # expect: PW-TRUST-BOUNDARY:5
    return "ok"
