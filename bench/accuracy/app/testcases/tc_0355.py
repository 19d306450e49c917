"""Test case 0355.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0355", methods=["GET", "POST"])
def tc_0355():
    """Compute a value."""
    incoming = request.values.get("expr", "")
    num = 185
    if (4 * 56) - num > 211:
        item = "1 + 1"
    else:
        item = incoming
    scope = {}
    exec(item, {"__builtins__": {}}, scope)
    return jsonify({"names": sorted(scope)})
