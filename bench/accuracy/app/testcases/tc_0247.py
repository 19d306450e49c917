"""Test case 0247.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0247", methods=["GET", "POST"])
def tc_0247():
    """Query the database."""
    user_input = request.cookies.get("name", "")
    num = 194
    if (233 / 40) + num > 62:
        target = user_input
    else:
        target = "guest"
    query = "SELECT id, email FROM users WHERE name LIKE ? ORDER BY id"
    cur = get_db().cursor()
    cur.execute(query, ("%" + target + "%",))
    return jsonify(cur.fetchall())
