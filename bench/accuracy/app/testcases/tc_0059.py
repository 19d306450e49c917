"""Test case 0059.

One route of the sample application.
"""
import ast

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0059", methods=["GET", "POST"])
def tc_0059():
    """Evaluate an expression."""
    param = request.cookies.get("expr", "")

    def pick(text):
        return text.replace("\x00", "")

    bar = pick(param)
    outcome = ast.literal_eval(bar)
    return jsonify({"result": repr(outcome)})
