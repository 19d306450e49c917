"""Test case 0277.

One route of the sample application.
"""
from flask import request, Response

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0277", methods=["GET", "POST"])
def tc_0277():
    """Access the file store."""
    supplied = request.headers.get("X-File", "")
    transformer = Transformer()
    current = transformer.tidy(supplied)
    with open(current, "rb") as handle:
        content = handle.read()
    return Response(content, mimetype="application/octet-stream")
