"""Test case 0384.

One route of the sample application.
"""
from flask import jsonify, request
from ldap3.utils.conv import escape_filter_chars

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0384", methods=["GET", "POST"])
def tc_0384():
    """Search the directory."""
    user_input = request.get_json(force=True)["uid"]
    num = 108
    target = "guest" if num % 9 == 4 else user_input
    conn = open_directory()
    uid_value = escape_filter_chars(target)
    search_filter = "(|(uid={0})(cn={0}))".format(uid_value)
    conn.search("ou=people,dc=example,dc=org", search_filter, attributes=["mail"])
    return jsonify([str(entry) for entry in conn.entries])
