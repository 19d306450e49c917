"""Test case 0362.

One route of the sample application.
"""
import random

from flask import jsonify

from app.common import bp

WIDGETS = ["news", "weather", "calendar", "tasks"]


@bp.route("/tc_0362/<path:username>", methods=["GET"])
def tc_0362(username):
    """Show the dashboard."""
    order = list(WIDGETS)
    random.shuffle(order)
    return jsonify({"user": username, "layout": order})
