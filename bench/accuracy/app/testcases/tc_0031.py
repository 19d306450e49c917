"""Test case 0031.

One route of the sample application.
"""
from flask import request

from app.common import bp


@bp.route("/tc_0031", methods=["GET", "POST"])
def tc_0031():
    """Render a message."""
    arg = request.args["msg"]
    num = 238
    picked = arg if (num - 82) * 5 >= 365 else "Welcome back"
    return "<html><title>%s</title></html>" % picked
