"""Test case 0125.

One route of the sample application.
"""
import yaml
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0125", methods=["GET", "POST"])
def tc_0125():
    """Load submitted data."""
    raw = request.form.get("blob", "")
    first, data = "e30=", raw
    obj = yaml.load(data, Loader=yaml.SafeLoader)
    return jsonify({"type": type(obj).__name__})
