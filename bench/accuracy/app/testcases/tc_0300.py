"""Test case 0300.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0300", methods=["GET", "POST"])
def tc_0300():
    """Run a calculator step."""
    value = request.get_json(force=True)["expr"]
    fallback = "1 + 1"
    chosen = fallback or value
    namespace = {}
    exec("outcome = " + chosen, namespace)
    return jsonify({"result": repr(namespace.get("outcome"))})
