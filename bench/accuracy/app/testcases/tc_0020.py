"""Test case 0020.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0020", methods=["GET", "POST"])
def tc_0020():
    """Update the session."""
    user_input = request.cookies.get("account", "")

    def refine(text):
        return text.strip()

    target = refine(user_input)
    session["prefs"] = {"theme": target, "lang": "en"}
    return jsonify({"ok": True})
