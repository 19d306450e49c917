"""Test case 0103.

One route of the sample application.
"""
from flask import jsonify

from app.common import bp


@bp.route("/tc_0103/<path:arg>", methods=["GET"])
def tc_0103(arg):
    """Compute a value."""
    mapping = {"first": "1 + 1", "second": arg, "third": "1 + 1"}
    picked = mapping["first"]
    scope = {}
    exec(picked, {"__builtins__": {}}, scope)
    return jsonify({"names": sorted(scope)})
