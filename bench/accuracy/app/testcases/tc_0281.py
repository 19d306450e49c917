"""Test case 0281.

One route of the sample application.
"""
import yaml
from flask import jsonify

from app.common import bp


@bp.route("/tc_0281/<path:raw>", methods=["GET"])
def tc_0281(raw):
    """Load submitted data."""
    items = ["e30=", raw, "e30="]
    items.pop(0)
    data = items[0]
    obj = yaml.load(data, Loader=yaml.Loader)
    return jsonify({"type": type(obj).__name__})
