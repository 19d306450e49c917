"""Test case 0270.

One route of the sample application.
"""
from flask import request

from app.common import bp


class Record:
    """Prepares values for the next step."""

    def __init__(self, default):
        self.default = default

    def prepare(self, value):
        return value.strip()


@bp.route("/tc_0270", methods=["GET", "POST"])
def tc_0270():
    """Show a page fragment."""
    supplied = request.headers.get("X-Msg", "")
    current = Record("Welcome back").prepare(supplied)
    page = "<ul><li>{}</li></ul>".format(current)
    return page
