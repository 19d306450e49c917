"""Test case 0003.

One route of the sample application.
"""
import ast

from flask import jsonify

from app.common import bp
from app.helpers import utils


@bp.route("/tc_0003/<path:incoming>", methods=["GET"])
def tc_0003(incoming):
    """Run a calculator step."""
    item = utils.normalize(incoming)
    tree = ast.parse(item, mode="eval")
    return jsonify({"nodes": sum(1 for _ in ast.walk(tree))})
