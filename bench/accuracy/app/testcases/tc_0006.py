"""Test case 0006.

One route of the sample application.
"""
import pickle

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0006", methods=["GET", "POST"])
def tc_0006():
    """Restore saved state."""
    user_input = request.args["blob"]
    guess = "ABDEA"
    switch_target = guess[4]
    if switch_target == "B":
        target = user_input
    elif switch_target == "A":
        target = user_input
    elif switch_target in ("C", "D"):
        target = "e30="
    else:
        target = "e30="
    obj = pickle.loads(target.encode("latin-1"))
    return jsonify({"type": type(obj).__name__})
