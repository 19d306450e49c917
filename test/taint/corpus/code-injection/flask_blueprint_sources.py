"""Flask Blueprint routes: headers, values, cookies and route parameters evaluated as code."""
from flask import Blueprint, request

bp = Blueprint("calc", __name__)


@bp.route("/header")
def from_header():
    eval(request.headers["X-Expression"])  # expect: PW-CODE-INJECTION:5
    return "ok"


@bp.route("/values", methods=["GET", "POST"])
def from_values():
    exec(request.values["code"])  # expect: PW-CODE-INJECTION:5
    return "ok"


@bp.route("/cookie")
def from_cookie():
    saved = request.cookies.get("saved_formula")
    eval(saved)  # expect: PW-CODE-INJECTION:5
    return "ok"


@bp.route("/apply/<func>/<arg>")
def from_route(func, arg):
    eval(func + "(" + arg + ")")  # expect: PW-CODE-INJECTION:5
    return "ok"


@bp.route("/upload", methods=["POST"])
def from_upload():
    script = request.files["script"].read()
    exec(script)  # expect: PW-CODE-INJECTION:5
    return "ok"
