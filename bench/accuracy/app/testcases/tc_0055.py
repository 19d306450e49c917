"""Test case 0055.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp


class Parcel:
    """Keeps a value together with a fallback."""

    def __init__(self, value):
        self.value = value
        self.fallback = "/home"

    def get(self):
        return self.fallback


@bp.route("/tc_0055", methods=["GET", "POST"])
def tc_0055():
    """Send the visitor onwards."""
    value = request.args.get("next", "")
    chosen = Parcel(value).get()
    return redirect(chosen)
