"""Test case 0344.

One route of the sample application.
"""
import base64

from flask import make_response

from app.common import bp


@bp.route("/tc_0344/<path:incoming>", methods=["GET"])
def tc_0344(incoming):
    """Echo a notice."""
    encoded = base64.b64encode(incoming.encode("utf-8"))
    item = base64.b64decode(encoded).decode("utf-8")
    resp = make_response(f"<div class='note'>{item}</div>")
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
