"""Test case 0083.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0083", methods=["GET", "POST"])
def tc_0083():
    """Evaluate an expression."""
    incoming = request.args["expr"]
    item = Transformer().digits(incoming)
    scope = {}
    exec(item, {"__builtins__": {}}, scope)
    return jsonify({"names": sorted(scope)})
