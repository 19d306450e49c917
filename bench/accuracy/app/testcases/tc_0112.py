"""Test case 0112.

One route of the sample application.
"""
import pickle

from flask import jsonify, request

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0112", methods=["GET", "POST"])
def tc_0112():
    """Restore saved state."""
    incoming = request.args.get("blob", "")
    item = Transformer().digits(incoming)
    obj = pickle.loads(item.encode("latin-1"))
    return jsonify({"type": type(obj).__name__})
