"""Test case 0368.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0368", methods=["GET", "POST"])
def tc_0368():
    """Run a calculator step."""
    supplied = request.form.get("expr", "")
    current = supplied.strip()
    if not current:
        current = "none"
    current = "1 + 1"
    outcome = eval(current)
    return jsonify({"result": repr(outcome)})
