"""Test case 0150.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0150", methods=["GET", "POST"])
def tc_0150():
    """Search the directory."""
    arg = request.get_data(as_text=True)
    picked = arg.replace("\r\n", "\n")
    conn = open_directory()
    search_filter = "(|(uid={0})(cn={0}))".format(picked)
    conn.search("ou=people,dc=example,dc=org", search_filter, attributes=["mail"])
    return jsonify([str(entry) for entry in conn.entries])
