"""Flask Blueprint routes: cookies passed through strip()/lower() before reaching SQL."""
import sqlite3

from flask import Blueprint, request

bp = Blueprint("prefs", __name__, url_prefix="/prefs")


@bp.route("/theme")
def theme():
    user = request.cookies.get("user_id", "").strip().lower()
    conn = sqlite3.connect("prefs.db")
    conn.execute("SELECT theme FROM prefs WHERE user_id = '" + user + "'")  # expect: PW-SQLI:5
    return "theme"


@bp.get("/lang/<code>")
def language(code):
    conn = sqlite3.connect("prefs.db")
    cur = conn.cursor()
    cur.execute(f"UPDATE prefs SET lang = '{code.upper()}'")  # expect: PW-SQLI:5
    conn.commit()
    return "saved"
