"""Test case 0252.

One route of the sample application.
"""
import json

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0252", methods=["GET", "POST"])
def tc_0252():
    """Compute a value."""
    incoming = request.form.get("expr", "")
    item = " ".join(incoming.split(" "))
    outcome = json.loads(item)
    return jsonify({"result": repr(outcome)})
