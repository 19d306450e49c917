"""Test case 0237.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0237", methods=["GET", "POST"])
def tc_0237():
    """Run a calculator step."""
    param = request.values.get("expr", "")
    bar = param.replace("\r\n", "\n")
    outcome = eval("sum([1, 2, 3])")
    return jsonify({"result": outcome, "length": len(bar)})
