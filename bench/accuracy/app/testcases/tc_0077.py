"""Test case 0077.

One route of the sample application.
"""
from flask import redirect, request

from app.common import bp
from app.helpers.utils import Transformer


@bp.route("/tc_0077", methods=["GET", "POST"])
def tc_0077():
    """Continue after an action."""
    arg = request.args["next"]
    transformer = Transformer("/home")
    picked = transformer.label(arg)
    return redirect(picked, code=301)
