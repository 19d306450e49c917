"""Test case 0313.

One route of the sample application.
"""
import ast

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0313", methods=["GET", "POST"])
def tc_0313():
    """Evaluate an expression."""
    incoming = request.get_json(force=True)["expr"]
    item = incoming.lower()
    tree = ast.parse(item, mode="eval")
    return jsonify({"nodes": sum(1 for _ in ast.walk(tree))})
