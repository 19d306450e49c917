"""Test case 0084.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0084", methods=["GET", "POST"])
def tc_0084():
    """Run a calculator step."""
    raw = (request.args.getlist("expr") or [""])[0]
    first, data = "1 + 1", raw
    code = compile(data, "<expr>", "eval")
    outcome = eval(code)
    return jsonify({"result": repr(outcome)})
