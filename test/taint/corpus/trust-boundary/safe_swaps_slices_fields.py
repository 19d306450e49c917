"""A swap evaluated before binding, an empty slice, and a constant field of an instance built inline."""
from flask import request, session


class Holder:
    def __init__(self, value):
        self.content = value
        self.label = "holder"


def init(app):
    @app.route("/swap", methods=["POST"])
    def swap():
        param = request.cookies.get("name", "")
        first, second = "fixed", param
        first, second = second, first
        session["team"] = second
        return "ok"

    @app.route("/empty", methods=["POST"])
    def empty_slice():
        param = request.form.get("v", "")
        session["team"] = param[:0] + "fixed"
        session["other"] = param[4:2]
        return "ok"

    @app.route("/field", methods=["POST"])
    def inline_field():
        param = request.form.get("v", "")
        session["label"] = Holder(param).label
        return "ok"
