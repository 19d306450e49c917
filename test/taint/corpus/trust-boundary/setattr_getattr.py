"""Fields set and read by constant name through setattr and getattr."""
from flask import request, session


class Box:
    pass


def init(app):
    @app.route("/box", methods=["POST"])
    def box_view():
        param = request.form.get("v", "")
        box = Box()
        setattr(box, "first", param)
        setattr(box, "second", "fixed")
        session["a"] = getattr(box, "first")  # expect: PW-TRUST-BOUNDARY:9
        session["b"] = getattr(box, "second")
        session["c"] = getattr(box, "third", param)  # expect: PW-TRUST-BOUNDARY:9
        return "ok"
