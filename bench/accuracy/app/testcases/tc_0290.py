"""Test case 0290.

One route of the sample application.
"""
import base64
import marshal

from flask import jsonify, request

from app.common import bp
from app.helpers import utils


@bp.route("/tc_0290", methods=["GET", "POST"])
def tc_0290():
    """Load submitted data."""
    arg = request.get_json(force=True)["blob"]
    picked = utils.normalize(arg)
    obj = marshal.loads(base64.b64decode(picked))
    return jsonify({"type": type(obj).__name__})
