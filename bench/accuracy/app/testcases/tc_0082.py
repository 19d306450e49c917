"""Test case 0082.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


class Envelope:
    """Keeps a value together with a fallback."""

    def __init__(self, value):
        self.value = value
        self.fallback = "1 + 1"

    def current(self):
        return self.fallback


@bp.route("/tc_0082", methods=["GET", "POST"])
def tc_0082():
    """Evaluate an expression."""
    user_input = request.args.get("expr", "")
    target = Envelope(user_input).current()
    outcome = eval(target)
    return jsonify({"result": repr(outcome)})
