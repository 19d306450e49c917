"""A resolved path checked with is_relative_to, a lambda returning a constant, a literal dict's other key."""
import pathlib

from flask import request

BASE = "/srv/files"


def init(app):
    @app.route("/read", methods=["POST"])
    def read():
        name = request.args.get("name", "")
        root = pathlib.Path(BASE).resolve()
        target = (root / name).resolve()
        if target.is_relative_to(root) and target != root:
            return target.read_text()
        return "outside"

    @app.route("/lambda", methods=["POST"])
    def constant_lambda():
        name = request.args.get("name", "")
        pick = lambda z: "index.txt"  # noqa: E731
        return open(BASE + "/" + pick(name)).read()

    @app.route("/literal", methods=["POST"])
    def literal_dict():
        name = request.args.get("name", "")
        chosen = {"user": name, "fixed": "index.txt"}["fixed"]
        return open(BASE + "/" + chosen).read()
