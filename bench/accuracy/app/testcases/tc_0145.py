"""Test case 0145.

One route of the sample application.
"""
import base64

from flask import jsonify, request, session

from app.common import bp


@bp.route("/tc_0145", methods=["GET", "POST"])
def tc_0145():
    """Remember a preference."""
    raw = request.get_json(force=True)["account"]
    encoded = base64.b64encode(raw.encode("utf-8"))
    data = base64.b64decode(encoded).decode("utf-8")
    session["prefs"] = {"theme": data, "lang": "en"}
    return jsonify({"ok": True})
