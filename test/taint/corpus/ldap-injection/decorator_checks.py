"""A view decorator that checks the request before calling the view: the view reads checked values."""

import functools
import re

import ldap
from flask import Flask, abort, request
from pyramid.httpexceptions import HTTPUnprocessableEntity
from pyramid.view import view_config

app = Flask(__name__)
conn = ldap.initialize("ldap://ldap.example.com")
USERNAME = re.compile(r"[a-z][a-z0-9._-]{0,31}")


def validated_uid(view):
    @functools.wraps(view)
    def wrapper(request):
        if not USERNAME.fullmatch(request.matchdict.get("uid", "")):
            raise HTTPUnprocessableEntity()
        return view(request)

    return wrapper


def logged_uid(view):
    @functools.wraps(view)
    def wrapper(request):
        # records the value, checks nothing
        print(request.matchdict.get("uid", ""))
        return view(request)

    return wrapper


def checked_unless_head(view):
    @functools.wraps(view)
    def wrapper(request):
        # the first call skips the check
        if request.method == "HEAD":
            return view(request)
        if not USERNAME.fullmatch(request.matchdict.get("uid", "")):
            raise HTTPUnprocessableEntity()
        return view(request)

    return wrapper


def slug_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if not USERNAME.fullmatch(request.args.get("name", "")):
            abort(400)
        return view(*args, **kwargs)

    return wrapper


@view_config(route_name="account", renderer="json")
@validated_uid
def account(request):
    uid = request.matchdict["uid"]
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={uid})")


@view_config(route_name="member", renderer="json")
@logged_uid
def member(request):
    uid = request.matchdict["uid"]
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={uid})")  # expect: PW-LDAP-INJECTION:12


@view_config(route_name="group", renderer="json")
@validated_uid
def group(request):
    # the decorator checked `uid`, not `gid`
    gid = request.matchdict["gid"]
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(gid={gid})")  # expect: PW-LDAP-INJECTION:12


@view_config(route_name="head", renderer="json")
@checked_unless_head
def head(request):
    uid = request.matchdict["uid"]
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(uid={uid})")  # expect: PW-LDAP-INJECTION:12


@app.route("/people")
@slug_required
def people():
    name = request.args["name"]
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(cn={name})"))


@app.route("/teams")
@slug_required
def teams():
    team = request.args["team"]
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, f"(ou={team})"))  # expect: PW-LDAP-INJECTION:16
