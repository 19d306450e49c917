"""Test case 0087.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0087", methods=["GET", "POST"])
def tc_0087():
    """Search the directory."""
    arg = (request.args.getlist("uid") or [""])[0]

    def refine(text):
        return text.strip()

    picked = refine(arg)
    conn = open_directory()
    conn.search("ou=people,dc=example,dc=org", f"(&(objectClass=person)(mail={picked}))", attributes=["cn"])
    return jsonify([str(entry) for entry in conn.entries])
