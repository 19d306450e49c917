"""Test case 0392.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp


class Holder:
    """Prepares values for the next step."""

    def __init__(self, default):
        self.default = default

    def prepare(self, value):
        return value.strip()


@bp.route("/tc_0392", methods=["GET", "POST"])
def tc_0392():
    """Remember a preference."""
    user_input = request.values.get("account", "")
    target = Holder("guest").prepare(user_input)
    session["username"] = target
    return jsonify({"ok": True})
