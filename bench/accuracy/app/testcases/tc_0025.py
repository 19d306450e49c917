"""Test case 0025.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0025", methods=["GET", "POST"])
def tc_0025():
    """Compute a value."""
    user_input = request.args.get("expr", "")
    target = "{}".format(user_input)
    outcome = eval(target)
    return jsonify({"result": repr(outcome)})
