"""Test case 0346.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0346", methods=["GET", "POST"])
def tc_0346():
    """Run a data operation."""
    raw = request.get_json(force=True)["name"]
    data = ("guest" + raw)[:5]
    query = "SELECT id, email FROM users WHERE name LIKE '%" + data + "%' ORDER BY id"
    cur = get_db().cursor()
    cur.execute(query)
    return jsonify(cur.fetchall())
