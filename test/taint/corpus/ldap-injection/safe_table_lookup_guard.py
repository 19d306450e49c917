"""A value found among a constant table's keys (`DEPARTMENTS.get(dept)` is not None) is one of them."""
from flask import Blueprint, jsonify, request
from ldap3 import ALL, Connection, Server

bp = Blueprint("ldap_lookup", __name__)

DEPARTMENTS = {
    "eng": "ou=engineering,dc=acme,dc=io",
    "sales": "ou=sales,dc=acme,dc=io",
}


def open_connection():
    return Connection(Server("ldap://ldap.acme.io", get_info=ALL), auto_bind=True)


@bp.route("/departments/<dept>/managers")
def department_managers(dept):
    base = DEPARTMENTS.get(dept)
    if base is None:
        return jsonify(error="unknown department"), 404
    conn = open_connection()
    conn.search(base, "(&(objectClass=person)(ou=%s))" % dept, attributes=["cn"])
    return jsonify(department=dept, count=len(conn.entries))


@bp.route("/departments/<dept>/staff")
def department_staff(dept):
    if not DEPARTMENTS.get(dept):
        return jsonify(error="unknown department"), 404
    conn = open_connection()
    conn.search(DEPARTMENTS[dept], "(&(objectClass=person)(ou=%s))" % dept, attributes=["cn"])
    return jsonify(department=dept, count=len(conn.entries))
