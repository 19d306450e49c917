"""Test case 0093.

One route of the sample application.
"""
from flask import jsonify, request
from sqlalchemy import text

from app.common import bp
from app.helpers.db import get_engine


@bp.route("/tc_0093", methods=["GET", "POST"])
def tc_0093():
    """Work with stored records."""
    raw = request.args["name"]
    data = "".join([raw])
    with get_engine().connect() as connection:
        rows = connection.execute(text("SELECT id FROM users WHERE email = '" + data + "'")).fetchall()
    return jsonify([list(row) for row in rows])
