"""Test case 0377.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0377", methods=["GET", "POST"])
def tc_0377():
    """Evaluate an expression."""
    user_input = request.headers.get("X-Expr", "")
    target = user_input or "1 + 1"
    outcome = eval("1 + " + target)
    return jsonify({"result": repr(outcome)})
