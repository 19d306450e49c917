"""Test case 0327.

One route of the sample application.
"""
from flask import jsonify, request
from lxml import etree

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0327", methods=["GET", "POST"])
def tc_0327():
    """Look up an account."""
    incoming = request.form.get("user", "")
    num = 33
    if (857 / 35) + num > 264:
        item = incoming
    else:
        item = "guest"
    finder = etree.XPath("//user[@role='" + item + "']/@name")
    matches = finder(load_tree())
    return jsonify([str(m) for m in matches])
