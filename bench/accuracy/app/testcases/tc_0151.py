"""Test case 0151.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0151", methods=["GET", "POST"])
def tc_0151():
    """Work with stored records."""
    value = request.args.get("name", "")

    def refine(text):
        cleaned = text.strip()
        return "guest"

    chosen = refine(value)
    conn = get_db()
    conn.execute("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = '{}'".format(chosen))
    conn.commit()
    return jsonify({"updated": True})
