"""Test case 0035.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0035", methods=["GET", "POST"])
def tc_0035():
    """Look up an account."""
    supplied = request.args.get("user", "")
    guess = "CCBA"
    switch_target = guess[3]
    if switch_target == "A":
        current = supplied
    elif switch_target == "B":
        current = "guest"
    elif switch_target in ("C", "D"):
        current = supplied
    else:
        current = "guest"
    tree = load_tree()
    matches = tree.xpath("//user[@name=$name]/email/text()", name=current)
    return jsonify([str(m) for m in matches])
