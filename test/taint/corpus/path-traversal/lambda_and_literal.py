"""A lambda passing its argument through, and a literal dict read at the key holding request data."""
from flask import request

BASE = "/srv/files"


def init(app):
    @app.route("/lambda", methods=["POST"])
    def passing_lambda():
        name = request.args.get("name", "")
        pick = lambda z, suffix=".txt": z.strip() + suffix  # noqa: E731
        return open(BASE + "/" + pick(name)).read()  # expect: PW-PATH-TRAVERSAL:@open

    @app.route("/literal", methods=["POST"])
    def literal_dict():
        name = request.args.get("name", "")
        chosen = {"user": name, "fixed": "index.txt"}["user"]
        return open(BASE + "/" + chosen).read()  # expect: PW-PATH-TRAVERSAL:@open
