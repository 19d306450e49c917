"""Test case 0186.

One route of the sample application.
"""
import base64

from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0186", methods=["GET", "POST"])
def tc_0186():
    """Run a data operation."""
    param = (request.args.getlist("name") or [""])[0]
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    conn = get_db()
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = '" + bar + "'")
    rows = cur.fetchall()
    return jsonify(rows)
