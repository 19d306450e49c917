"""Test case 0027.

One route of the sample application.
"""
from flask import request

from app.common import bp


@bp.route("/tc_0027", methods=["GET", "POST"])
def tc_0027():
    """Echo a notice."""
    supplied = request.form.get("msg", "")

    def prepare(text):
        return text.replace("\x00", "")

    current = prepare(supplied)
    return "<html><title>%s</title></html>" % current
