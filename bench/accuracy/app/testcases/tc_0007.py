"""Test case 0007.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0007", methods=["GET", "POST"])
def tc_0007():
    """Run a calculator step."""
    raw = (request.args.getlist("expr") or [""])[0]
    num = 11
    data = raw if (11 * 35) - num > 198 else "1 + 1"
    outcome = eval("1 + " + data)
    return jsonify({"result": repr(outcome)})
