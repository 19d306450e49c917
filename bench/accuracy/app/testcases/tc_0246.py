"""Test case 0246.

One route of the sample application.
"""
from flask import request, Response

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0246", methods=["GET", "POST"])
def tc_0246():
    """Access the file store."""
    arg = request.get_json(force=True)["file"]
    picked = Transformer().label(arg)
    with open(picked, "rb") as handle:
        content = handle.read()
    return Response(content, mimetype="application/octet-stream")
