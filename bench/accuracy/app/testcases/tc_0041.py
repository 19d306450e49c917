"""Test case 0041.

One route of the sample application.
"""
from flask import jsonify, request
from ldap3.utils.conv import escape_filter_chars

from app.common import bp
from app.helpers.things import open_directory


class Envelope:
    """Prepares values for the next step."""

    def __init__(self, default):
        self.default = default

    def shape(self, value):
        return value.strip()


@bp.route("/tc_0041", methods=["GET", "POST"])
def tc_0041():
    """Look up an account in LDAP."""
    supplied = request.form.get("uid", "")
    current = Envelope("guest").shape(supplied)
    conn = open_directory()
    uid_value = escape_filter_chars(current)
    search_filter = "(|(uid={0})(cn={0}))".format(uid_value)
    conn.search("ou=people,dc=example,dc=org", search_filter, attributes=["mail"])
    return jsonify([str(entry) for entry in conn.entries])
