"""Test case 0057.

One route of the sample application.
"""
from flask import jsonify

from app.common import bp


@bp.route("/tc_0057/<path:raw>", methods=["GET"])
def tc_0057(raw):
    """Evaluate an expression."""
    items = []
    items.append("1 + 1")
    items.append(raw)
    data = items[-1]
    code = compile(data, "<expr>", "eval")
    outcome = eval(code)
    return jsonify({"result": repr(outcome)})
