"""Test case 0352.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0352", methods=["GET", "POST"])
def tc_0352():
    """Query the database."""
    arg = request.values.get("name", "")
    items = []
    items.append("guest")
    items.append(arg)
    picked = items[0]
    conn = get_db()
    conn.execute("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = '{}'".format(picked))
    conn.commit()
    return jsonify({"updated": True})
