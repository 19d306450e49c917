"""Test case 0177.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0177", methods=["GET", "POST"])
def tc_0177():
    """Run a calculator step."""
    param = request.get_data(as_text=True)
    bar = param
    code = compile(bar, "<expr>", "eval")
    outcome = eval(code)
    return jsonify({"result": repr(outcome)})
