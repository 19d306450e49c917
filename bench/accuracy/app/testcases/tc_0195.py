"""Test case 0195.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0195", methods=["GET", "POST"])
def tc_0195():
    """Process submitted data."""
    search = request.args["q"]
    etag = hashlib.sha1(search.encode("utf-8"), usedforsecurity=False).hexdigest()
    resp = jsonify({"echo_length": len(search)})
    resp.headers["ETag"] = etag
    return resp
