"""Test case 0089.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_conn


@bp.route("/tc_0089", methods=["GET", "POST"])
def tc_0089():
    """Run a data operation."""
    arg = request.form.get("name", "")
    picked = arg or "guest"
    conn = get_conn()
    rows = conn.execute(f"SELECT sku, price FROM products WHERE sku = '{picked}'").fetchall()
    return jsonify(rows)
