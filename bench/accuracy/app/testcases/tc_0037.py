"""Test case 0037.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0037", methods=["GET", "POST"])
def tc_0037():
    """Evaluate an expression."""
    raw = request.cookies.get("expr", "")
    guess = "BCAA"
    switch_target = guess[3]
    if switch_target == "A":
        data = "1 + 1"
    elif switch_target == "D":
        data = raw
    elif switch_target in ("B", "C"):
        data = "1 + 1"
    else:
        data = "1 + 1"
    outcome = eval("1 + " + data)
    return jsonify({"result": repr(outcome)})
