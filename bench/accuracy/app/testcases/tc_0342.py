"""Test case 0342.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_conn


@bp.route("/tc_0342", methods=["GET", "POST"])
def tc_0342():
    """Work with stored records."""
    supplied = request.values.get("name", "")
    mapping = {"label": "guest", "input": "guest", "note": supplied}
    current = mapping["note"]
    conn = get_conn()
    rows = conn.execute("SELECT sku, price FROM products WHERE sku = :sku", {"sku": current}).fetchall()
    return jsonify(rows)
