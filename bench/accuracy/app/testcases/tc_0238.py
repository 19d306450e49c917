"""Test case 0238.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0238", methods=["GET", "POST"])
def tc_0238():
    """Work with stored records."""
    raw = request.args.get("name", "")
    data = ""
    for ch in raw:
        data += ch
    conn = get_db()
    conn.executescript("DELETE FROM carts WHERE owner = '" + data + "';")
    return jsonify({"cleared": True})
