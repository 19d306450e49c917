"""Test case 0184.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db
from app.helpers.utils import Transformer


@bp.route("/tc_0184", methods=["GET", "POST"])
def tc_0184():
    """Run a data operation."""
    supplied = request.cookies.get("name", "")
    transformer = Transformer()
    current = transformer.tidy(supplied)
    query = "SELECT id, email FROM users WHERE name LIKE '%" + current + "%' ORDER BY id"
    cur = get_db().cursor()
    cur.execute(query)
    return jsonify(cur.fetchall())
