"""Test case 0255.

One route of the sample application.
"""
import pickle

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0255", methods=["GET", "POST"])
def tc_0255():
    """Restore saved state."""
    param = request.get_data(as_text=True)
    bar, second = "e30=", param
    obj = pickle.loads(bar.encode("latin-1"))
    return jsonify({"type": type(obj).__name__})
