"""Test case 0138.

One route of the sample application.
"""
from flask import jsonify

from app.common import bp
from app.helpers.db import get_conn


@bp.route("/tc_0138/<path:incoming>", methods=["GET"])
def tc_0138(incoming):
    """Work with stored records."""
    item = incoming.lower()
    conn = get_conn()
    rows = conn.execute(f"SELECT sku, price FROM products WHERE sku = '{item}'").fetchall()
    return jsonify(rows)
