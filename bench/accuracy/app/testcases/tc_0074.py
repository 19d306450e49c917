"""Test case 0074.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0074", methods=["GET", "POST"])
def tc_0074():
    """Run a data operation."""
    incoming = request.form.get("name", "")
    item = incoming
    query = "SELECT id, email FROM users WHERE name LIKE '%" + item + "%' ORDER BY id"
    cur = get_db().cursor()
    cur.execute(query)
    return jsonify(cur.fetchall())
