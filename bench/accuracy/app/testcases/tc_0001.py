"""Test case 0001.

One route of the sample application.
"""
import os

from flask import jsonify, request

from app.common import bp


class Wrapper:
    """Keeps a value together with a fallback."""

    def __init__(self, value):
        self.value = value
        self.fallback = "localhost"

    def get(self):
        return self.value


@bp.route("/tc_0001", methods=["GET", "POST"])
def tc_0001():
    """Run a network diagnostic."""
    arg = request.get_data(as_text=True)
    picked = Wrapper(arg).get()
    status = os.system("ping -c 1 " + picked)
    return jsonify({"status": status})
