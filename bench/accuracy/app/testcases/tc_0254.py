"""Test case 0254.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp
from app.helpers.utils import normalize


@bp.route("/tc_0254", methods=["GET", "POST"])
def tc_0254():
    """Remember a preference."""
    user_input = request.headers.get("X-Account", "")
    target = normalize(user_input)
    session.update({"display_name": target})
    return jsonify({"ok": True})
