"""Test case 0241.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


class Holder:
    """Prepares values for the next step."""

    def __init__(self, default):
        self.default = default

    def shape(self, value):
        return value.strip()


@bp.route("/tc_0241", methods=["GET", "POST"])
def tc_0241():
    """Forward the visitor."""
    user_input = request.args["next"]
    target = Holder("/home").shape(user_input)
    return redirect(target, code=301)
