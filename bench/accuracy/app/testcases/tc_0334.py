"""Test case 0334.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0334", methods=["GET", "POST"])
def tc_0334():
    """Find a person."""
    raw = (request.args.getlist("uid") or [""])[0]
    num = 242
    if num * 9 < 784:
        data = raw
    else:
        data = "guest"
    conn = open_directory()
    search_filter = "(|(uid={0})(cn={0}))".format(data)
    conn.search("ou=people,dc=example,dc=org", search_filter, attributes=["mail"])
    return jsonify([str(entry) for entry in conn.entries])
