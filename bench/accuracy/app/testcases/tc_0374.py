"""Test case 0374.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0374", methods=["GET", "POST"])
def tc_0374():
    """Evaluate an expression."""
    user_input = request.get_data(as_text=True)
    target = user_input.strip()
    namespace = {}
    exec("outcome = " + target, namespace)
    return jsonify({"result": repr(namespace.get("outcome"))})
