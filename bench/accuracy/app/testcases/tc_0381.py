"""Test case 0381.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0381", methods=["GET", "POST"])
def tc_0381():
    """Query the database."""
    incoming = request.get_data(as_text=True)
    num = 248
    item = "guest" if num * 8 < 458 else incoming
    rows = get_db().execute("SELECT id, total FROM orders WHERE status = ?", [item]).fetchall()
    return jsonify(rows)
