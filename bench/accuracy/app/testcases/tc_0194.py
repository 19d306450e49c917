"""Test case 0194.

One route of the sample application.
"""
from flask import jsonify, make_response, request

from app.common import bp


@bp.route("/tc_0194", methods=["GET", "POST"])
def tc_0194():
    """Sign the user in."""
    token_value = (request.args.getlist("remember") or [""])[0]
    cookie_value = token_value.strip()
    resp = make_response(jsonify({"ok": True}))
    secure_flag = False
    if resp.status_code == 200:
        secure_flag = True
    secure_flag = True
    resp.set_cookie("session_id", cookie_value, secure=secure_flag, httponly=True, samesite="Lax")
    return resp
