"""Test case 0294.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0294", methods=["GET", "POST"])
def tc_0294():
    """Query the database."""
    supplied = request.args.get("name", "")
    items = []
    items.append("guest")
    items.append(supplied)
    current = items[-1]
    conn = get_db()
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = ?", (current,))
    rows = cur.fetchall()
    return jsonify(rows)
