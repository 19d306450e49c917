"""Test case 0278.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0278", methods=["GET", "POST"])
def tc_0278():
    """Run a data operation."""
    supplied = request.args["name"]
    guess = "DBCB"
    switch_target = guess[1]
    if switch_target == "A":
        current = supplied
    elif switch_target == "B":
        current = "guest"
    elif switch_target in ("C", "D"):
        current = "guest"
    else:
        current = "guest"
    conn = get_db()
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = '" + current + "'")
    rows = cur.fetchall()
    return jsonify(rows)
