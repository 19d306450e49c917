"""Test case 0333.

One route of the sample application.
"""
import base64
import pickle

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0333", methods=["GET", "POST"])
def tc_0333():
    """Load submitted data."""
    supplied = request.get_data(as_text=True)
    current = supplied.replace("\r\n", "\n")
    obj = pickle.loads(base64.b64decode(current))
    return jsonify({"type": type(obj).__name__})
