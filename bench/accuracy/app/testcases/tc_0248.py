"""Test case 0248.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


@bp.route("/tc_0248", methods=["GET", "POST"])
def tc_0248():
    """Run a data operation."""
    incoming = request.form.get("name", "")
    guess = "CDAA"
    switch_target = guess[3]
    if switch_target == "A":
        item = incoming
    elif switch_target == "C":
        item = "guest"
    elif switch_target in ("B", "D"):
        item = "guest"
    else:
        item = "guest"
    order_id = int(item)
    rows = get_db().execute("SELECT id, total FROM orders WHERE id = %d" % order_id).fetchall()
    return jsonify(rows)
