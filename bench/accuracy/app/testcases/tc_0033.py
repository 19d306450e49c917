"""Test case 0033.

One route of the sample application.
"""
from flask import jsonify, request, session

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0033", methods=["GET", "POST"])
def tc_0033():
    """Remember a preference."""
    raw = request.get_data(as_text=True)
    transformer = Transformer("guest")
    data = transformer.label(raw)
    session["prefs"] = {"theme": data, "lang": "en"}
    return jsonify({"ok": True})
