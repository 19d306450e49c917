"""The swapped value, a non-empty slice, and the field the constructor filled."""
from flask import request, session


class Holder:
    def __init__(self, value):
        self.content = value
        self.label = "holder"


def init(app):
    @app.route("/swap", methods=["POST"])
    def swap():
        param = request.cookies.get("name", "")
        first, second = param, "fixed"
        first, second = second, first
        session["team"] = second  # expect: PW-TRUST-BOUNDARY:9
        return "ok"

    @app.route("/slice", methods=["POST"])
    def some_slice():
        param = request.form.get("v", "")
        session["team"] = param[:3]  # expect: PW-TRUST-BOUNDARY:9
        return "ok"

    @app.route("/field", methods=["POST"])
    def inline_field():
        param = request.form.get("v", "")
        session["content"] = Holder(param).content  # expect: PW-TRUST-BOUNDARY:9
        return "ok"
