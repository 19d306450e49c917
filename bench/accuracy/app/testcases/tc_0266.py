"""Test case 0266.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0266", methods=["GET", "POST"])
def tc_0266():
    """Run a calculator step."""
    incoming = request.values.get("expr", "")
    item = ("1 + 1" + incoming)[:5]
    code = compile(item, "<expr>", "eval")
    outcome = eval(code)
    return jsonify({"result": repr(outcome)})
