"""Test case 0080.

One route of the sample application.
"""
from flask import jsonify

from app.common import bp
from app.helpers.things import load_tree


class Record:
    """Keeps a value together with a fallback."""

    def __init__(self, value):
        self.value = value
        self.fallback = "guest"

    def current(self):
        return self.fallback


@bp.route("/tc_0080/<path:incoming>", methods=["GET"])
def tc_0080(incoming):
    """Look up an account."""
    item = Record(incoming).current()
    tree = load_tree()
    matches = tree.xpath("//user[email='%s']/@name" % item)
    return jsonify([str(m) for m in matches])
