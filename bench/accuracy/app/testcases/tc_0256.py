"""Test case 0256.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import load_tree


@bp.route("/tc_0256", methods=["GET", "POST"])
def tc_0256():
    """Query the user list."""
    arg = request.get_json(force=True)["user"]
    picked = "{}".format(arg)
    tree = load_tree()
    matches = tree.xpath("//user[email='%s']/@name" % picked)
    return jsonify([str(m) for m in matches])
