"""Test case 0296.

One route of the sample application.
"""
import yaml
from flask import jsonify

from app.common import bp


@bp.route("/tc_0296/<path:value>", methods=["GET"])
def tc_0296(value):
    """Restore saved state."""
    def refine(text):
        return text

    chosen = refine(value)
    obj = yaml.safe_load(chosen)
    return jsonify({"type": type(obj).__name__})
