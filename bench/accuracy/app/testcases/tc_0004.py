"""Test case 0004.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.db import get_db


class Holder:
    """Keeps a value together with a fallback."""

    def __init__(self, value):
        self.value = value
        self.fallback = "guest"

    def get(self):
        return self.value


@bp.route("/tc_0004", methods=["GET", "POST"])
def tc_0004():
    """Query the database."""
    supplied = request.get_data(as_text=True)
    current = Holder(supplied).get()
    conn = get_db()
    conn.executescript("DELETE FROM carts WHERE owner = '" + current + "';")
    return jsonify({"cleared": True})
