"""Test case 0039.

One route of the sample application.
"""
from flask import jsonify, request
from sqlalchemy import text

from app.common import bp
from app.helpers.db import get_engine


@bp.route("/tc_0039", methods=["GET", "POST"])
def tc_0039():
    """Query the database."""
    param = request.cookies.get("name", "")
    count = 0
    for ch in param:
        count += 1
    bar = "guest" + str(count)
    with get_engine().connect() as connection:
        rows = connection.execute(text("SELECT id FROM users WHERE email = '" + bar + "'")).fetchall()
    return jsonify([list(row) for row in rows])
