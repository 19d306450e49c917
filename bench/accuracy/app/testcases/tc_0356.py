"""Test case 0356.

One route of the sample application.
"""
import base64
import json

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0356", methods=["GET", "POST"])
def tc_0356():
    """Restore saved state."""
    incoming = request.get_data(as_text=True)
    num = 162
    item = incoming if num * 3 < 696 else "e30="
    obj = json.loads(base64.b64decode(item))
    return jsonify({"type": type(obj).__name__})
