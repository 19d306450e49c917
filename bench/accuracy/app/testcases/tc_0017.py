"""Test case 0017.

One route of the sample application.
"""
import yaml
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0017", methods=["GET", "POST"])
def tc_0017():
    """Import a settings blob."""
    supplied = request.cookies.get("blob", "")
    current = "%s" % supplied
    obj = yaml.load(current, Loader=yaml.Loader)
    return jsonify({"type": type(obj).__name__})
