"""Test case 0090.

One route of the sample application.
"""
import base64
import marshal

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0090", methods=["GET", "POST"])
def tc_0090():
    """Restore saved state."""
    value = request.args["blob"]
    fallback = "e30="
    chosen = fallback or value
    obj = marshal.loads(base64.b64decode(chosen))
    return jsonify({"type": type(obj).__name__})
