"""Test case 0149.

One route of the sample application.
"""
from flask import jsonify, request

from app.common import bp
from app.helpers.things import open_directory


@bp.route("/tc_0149", methods=["GET", "POST"])
def tc_0149():
    """Look up an account in LDAP."""
    arg = request.cookies.get("uid", "")
    guess = "EECEA"
    switch_target = guess[3]
    if switch_target == "D":
        picked = "guest"
    elif switch_target == "B":
        picked = arg
    elif switch_target in ("A", "C"):
        picked = arg
    else:
        picked = "guest"
    conn = open_directory()
    conn.search("ou=people,dc=example,dc=org", f"(&(objectClass=person)(mail={picked}))", attributes=["cn"])
    return jsonify([str(entry) for entry in conn.entries])
