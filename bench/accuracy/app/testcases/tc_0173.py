"""Test case 0173.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


class Parcel:
    """Keeps a value together with a fallback."""

    def __init__(self, value):
        self.value = value
        self.fallback = "1 + 1"

    def current(self):
        return self.value


@bp.route("/tc_0173", methods=["GET", "POST"])
def tc_0173():
    """Compute a value."""
    raw = request.headers.get("X-Expr", "")
    data = Parcel(raw).current()
    outcome = eval("1 + " + data)
    return jsonify({"result": repr(outcome)})
