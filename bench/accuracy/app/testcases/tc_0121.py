"""Test case 0121.

One route of the sample application.
"""
import yaml
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0121", methods=["GET", "POST"])
def tc_0121():
    """Load submitted data."""
    param = request.form.get("blob", "")
    bar = param
    bar = "e30="
    obj = yaml.load(bar, Loader=yaml.Loader)
    return jsonify({"type": type(obj).__name__})
