"""Test case 0364.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0364", methods=["GET", "POST"])
def tc_0364():
    """Work with stored records."""
    user_input = request.values.get("name", "")

    def pick(text):
        return text.replace("\x00", "")

    target = pick(user_input)
    sql = "SELECT id, total FROM orders WHERE status = '%s'" % target
    rows = get_db().execute(sql).fetchall()
    return jsonify(rows)
