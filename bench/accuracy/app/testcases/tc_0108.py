"""Test case 0108.

One route of the sample application.
"""
import base64

from flask import jsonify, request

from app.common import bp


@bp.route("/tc_0108", methods=["GET", "POST"])
def tc_0108():
    """Run a calculator step."""
    value = request.form.get("expr", "")
    encoded = base64.b64encode(value.encode("utf-8"))
    chosen = base64.b64decode(encoded).decode("utf-8")
    namespace = {}
    exec("outcome = " + chosen, namespace)
    return jsonify({"result": repr(namespace.get("outcome"))})
