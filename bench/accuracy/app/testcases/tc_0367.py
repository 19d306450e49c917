"""Test case 0367.

One route of the sample application.
"""
from flask import redirect, request, url_for

from app.common import bp


@bp.route("/tc_0367", methods=["GET", "POST"])
def tc_0367():
    """Continue after an action."""
    param = request.args.get("next", "")
    pieces = []
    for piece in param.split(","):
        pieces.append(piece)
    bar = ",".join(pieces)
    return redirect(url_for("main.index", next=bar))
