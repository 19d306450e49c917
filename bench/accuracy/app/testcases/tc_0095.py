"""Test case 0095.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_conn


@bp.route("/tc_0095", methods=["GET", "POST"])
def tc_0095():
    """Query the database."""
    incoming = (request.args.getlist("name") or [""])[0]
    item, second = "guest", incoming
    conn = get_conn()
    rows = conn.execute(f"SELECT sku, price FROM products WHERE sku = '{item}'").fetchall()
    return jsonify(rows)
