"""Test case 0273.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0273", methods=["GET", "POST"])
def tc_0273():
    """Run a calculator step."""
    raw = request.get_json(force=True)["expr"]
    guess = "CAA"
    switch_target = guess[2]
    if switch_target == "A":
        data = raw
    elif switch_target == "D":
        data = raw
    elif switch_target in ("B", "C"):
        data = "1 + 1"
    else:
        data = "1 + 1"
    outcome = eval(data)
    return jsonify({"result": repr(outcome)})
