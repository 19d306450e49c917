"""Test case 0322.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0322", methods=["GET", "POST"])
def tc_0322():
    """Update the session."""
    arg = (request.args.getlist("account") or [""])[0]
    guess = "BCCDD"
    switch_target = guess[4]
    if switch_target == "D":
        picked = arg
    elif switch_target == "B":
        picked = "guest"
    elif switch_target in ("A", "C"):
        picked = arg
    else:
        picked = "guest"
    session["last_search"] = picked
    session.modified = True
    return jsonify({"ok": True})
