"""Test case 0047.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0047", methods=["GET", "POST"])
def tc_0047():
    """Compute a value."""
    supplied = (request.args.getlist("expr") or [""])[0]
    current = ""
    current += supplied.strip()
    outcome = eval("%d * 3" % int(current))
    return jsonify({"result": repr(outcome)})
