"""A break that leaves with a constant, and a for-else that only runs without a break."""
from flask import request, session


def init(app):
    @app.route("/break-constant", methods=["POST"])
    def break_constant():
        param = request.form.get("user", "")
        while True:
            param = "guest"
            break
        session["user"] = param
        return "ok"
