"""Test case 0067.

One route of the sample application.
"""
from flask import jsonify

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0067/<path:raw>", methods=["GET"])
def tc_0067(raw):
    """Work with stored records."""
    data = raw.strip()
    if not data:
        data = "none"
    data = "guest"
    sql = "SELECT id, total FROM orders WHERE status = '%s'" % data
    rows = get_db().execute(sql).fetchall()
    return jsonify(rows)
