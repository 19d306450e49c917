"""Test case 0113.

One route of the sample application.
"""
import yaml
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0113", methods=["GET", "POST"])
def tc_0113():
    """Import a settings blob."""
    user_input = request.form.get("blob", "")
    target = " ".join(user_input.split(" "))
    obj = yaml.load(target, Loader=yaml.UnsafeLoader)
    return jsonify({"type": type(obj).__name__})
