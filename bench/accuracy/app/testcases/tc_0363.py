"""Test case 0363.

One route of the sample application.
"""
import random

from flask import jsonify, request

from app.common import bp

TIPS = ["Use keyboard shortcuts.", "Pin your favourite reports.", "Export data as CSV."]


@bp.route("/tc_0363", methods=["GET", "POST"])
def tc_0363():
    """Show the dashboard."""
    username = request.args.get("username", "")
    tip = random.choice(TIPS)
    return jsonify({"user": username, "tip": tip})
