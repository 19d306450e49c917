"""Test case 0159.

One route of the sample application.
"""
from flask import abort, jsonify, request

from app.common import bp
from app.helpers.things import load_tree


class Holder:
    """Keeps a value together with a fallback."""

    def __init__(self, value):
        self.value = value
        self.fallback = "guest"

    def current(self):
        return self.value


@bp.route("/tc_0159", methods=["GET", "POST"])
def tc_0159():
    """Look up an account."""
    param = request.get_data(as_text=True)
    bar = Holder(param).current()
    if bar not in ("admin", "staff", "viewer"):
        abort(400)
    tree = load_tree()
    matches = tree.xpath("//user[@role='" + bar + "']/@name")
    return jsonify([str(m) for m in matches])
