"""Test case 0233.

One route of the sample application.
"""
from flask import jsonify, request
from sqlalchemy import text

from app.common import bp
from app.helpers.db import get_engine


@bp.route("/tc_0233", methods=["GET", "POST"])
def tc_0233():
    """Query the database."""
    param = request.headers.get("X-Name", "")
    bar = param[:4096]
    with get_engine().connect() as connection:
        rows = connection.execute(text("SELECT id FROM users WHERE email = '" + bar + "'")).fetchall()
    return jsonify([list(row) for row in rows])
