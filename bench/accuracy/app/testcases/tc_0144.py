"""Test case 0144.

One route of the sample application.
"""
from flask import jsonify, request
from ldap3.utils.conv import escape_filter_chars

from app.common import bp
from app.helpers.things import open_directory
from app.helpers.utils import normalize


@bp.route("/tc_0144", methods=["GET", "POST"])
def tc_0144():
    """Search the directory."""
    user_input = (request.args.getlist("uid") or [""])[0]
    target = normalize(user_input)
    conn = open_directory()
    conn.search("ou=people,dc=example,dc=org", "(uid=" + escape_filter_chars(target) + ")", attributes=["cn", "mail"])
    return jsonify([str(entry) for entry in conn.entries])
