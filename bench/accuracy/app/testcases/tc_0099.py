"""Test case 0099.

One route of the sample application.
"""
import yaml
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0099", methods=["GET", "POST"])
def tc_0099():
    """Import a settings blob."""
    arg = request.args.get("blob", "")
    picked = ""
    picked += arg.strip()
    obj = yaml.unsafe_load(picked)
    return jsonify({"type": type(obj).__name__})
