"""Test case 0324.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0324", methods=["GET", "POST"])
def tc_0324():
    """Work with stored records."""
    value = request.get_json(force=True)["name"]
    first, chosen = "guest", value
    sql = "SELECT id, total FROM orders WHERE status = '%s'" % chosen
    rows = get_db().execute(sql).fetchall()
    return jsonify(rows)
