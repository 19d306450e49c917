"""Test case 0309.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0309", methods=["GET", "POST"])
def tc_0309():
    """Run a data operation."""
    incoming = request.headers.get("X-Name", "")
    item = incoming.strip()
    conn = get_db()
    conn.execute("UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE name = '{}'".format(item))
    conn.commit()
    return jsonify({"updated": True})
