"""Blueprint views: values reach the response through format, join, replace and containers."""
from flask import Blueprint, request

bp = Blueprint("pages", __name__)


@bp.route("/format")
def formatted():
    return "<span>{}</span>".format(request.values["v"])  # expect: PW-XSS:12


@bp.route("/join")
def joined():
    items = request.args.getlist("item")
    return "<ul>" + "".join("<li>" + i + "</li>" for i in items) + "</ul>"  # expect: PW-XSS:12


@bp.route("/replace")
def replaced():
    template = "<p>NAME</p>"
    page = template.replace("NAME", request.args["name"])
    return page  # expect: PW-XSS:12


@bp.route("/dict")
def from_dict():
    ctx = {"title": request.args["title"], "lang": "en"}
    return f"<h1>{ctx['title']}</h1>"  # expect: PW-XSS:12


@bp.route("/json", methods=["POST"])
def from_json():
    data = request.get_json()
    return "<p>" + data["msg"] + "</p>"  # expect: PW-XSS:12
