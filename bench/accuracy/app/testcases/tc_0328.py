"""Test case 0328.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0328", methods=["GET", "POST"])
def tc_0328():
    """Evaluate an expression."""
    value = request.args["expr"]
    pieces = []
    for piece in value.split(","):
        pieces.append(piece)
    chosen = ",".join(pieces)
    namespace = {}
    exec("outcome = " + chosen, namespace)
    return jsonify({"result": repr(namespace.get("outcome"))})
