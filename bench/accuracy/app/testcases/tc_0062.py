"""Test case 0062.

One route of the sample application.
"""
import yaml
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0062", methods=["GET", "POST"])
def tc_0062():
    """Restore saved state."""
    arg = request.headers.get("X-Blob", "")
    num = 45
    picked = arg if (472 / 9) + num > 277 else "e30="
    obj = yaml.load(picked, Loader=yaml.Loader)
    return jsonify({"type": type(obj).__name__})
