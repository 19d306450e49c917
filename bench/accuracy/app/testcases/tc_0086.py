"""Test case 0086.

One route of the sample application.
"""
from flask import jsonify, request
from sqlalchemy import text

from app.common import bp
from app.helpers.db import get_engine


@bp.route("/tc_0086", methods=["GET", "POST"])
def tc_0086():
    """Run a data operation."""
    value = request.get_json(force=True)["name"]
    chosen = ""
    chosen += value.strip()
    with get_engine().connect() as connection:
        rows = connection.execute(text("SELECT id FROM users WHERE email = :email"), {"email": chosen}).fetchall()
    return jsonify([list(row) for row in rows])
