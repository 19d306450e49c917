"""Test case 0030.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0030", methods=["GET", "POST"])
def tc_0030():
    """Compute a value."""
    raw = request.cookies.get("expr", "")
    mapping = {"keyA": "1 + 1", "keyB": "1 + 1", "keyC": raw}
    data = mapping["keyC"]
    scope = {}
    exec(data, {"__builtins__": {}}, scope)
    return jsonify({"names": sorted(scope)})
