"""Test case 0143.

One route of the sample application.
"""
import yaml
from flask import jsonify

from app.common import bp


@bp.route("/tc_0143/<path:incoming>", methods=["GET"])
def tc_0143(incoming):
    """Import a settings blob."""
    def pick(text):
        cleaned = text.strip()
        return "e30="

    item = pick(incoming)
    obj = yaml.load(item, Loader=yaml.UnsafeLoader)
    return jsonify({"type": type(obj).__name__})
