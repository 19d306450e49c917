"""Test case 0228.

One route of the sample application.
"""
import hashlib

from flask import jsonify, request

from app.common import bp

CACHE = {}


@bp.route("/tc_0228", methods=["GET", "POST"])
def tc_0228():
    """Process submitted data."""
    search = request.values.get("q", "")
    digest = hashlib.md5(search.encode("utf-8"), usedforsecurity=False).hexdigest()
    CACHE.setdefault(digest, {"query": search})
    return jsonify({"cache_key": digest})
