"""Test case 0032.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0032", methods=["GET", "POST"])
def tc_0032():
    """Run a data operation."""
    param = request.get_data(as_text=True)
    bar = f"{param}"
    conn = get_db()
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = '" + bar + "'")
    rows = cur.fetchall()
    return jsonify(rows)
