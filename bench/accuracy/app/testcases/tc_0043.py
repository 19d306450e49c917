"""Test case 0043.

One route of the sample application.
"""
import pickle

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0043", methods=["GET", "POST"])
def tc_0043():
    """Load submitted data."""
    param = request.get_json(force=True)["blob"]
    bar = param[:4096]
    obj = pickle.loads(bar.encode("latin-1"))
    return jsonify({"type": type(obj).__name__})
