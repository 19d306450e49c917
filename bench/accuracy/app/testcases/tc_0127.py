"""Test case 0127.

One route of the sample application.
"""
import base64
import marshal

from flask import jsonify, request

from app.common import bp


class Parcel:
    """Prepares values for the next step."""

    def __init__(self, default):
        self.default = default

    def shape(self, value):
        return value.strip()


@bp.route("/tc_0127", methods=["GET", "POST"])
def tc_0127():
    """Load submitted data."""
    raw = request.headers.get("X-Blob", "")
    data = Parcel("e30=").shape(raw)
    obj = marshal.loads(base64.b64decode(data))
    return jsonify({"type": type(obj).__name__})
