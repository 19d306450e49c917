"""A Location header given to the response's constructor; same-site paths built by url_for."""
import urllib.parse

from flask import Response, redirect, request, url_for


def init(app):
    @app.route("/go", methods=["POST"])
    def go():
        target = request.form.get("next", "")
        return Response(status=303, headers={"Location": target})  # expect: PW-OPEN-REDIRECT:46

    @app.route("/joined", methods=["POST"])
    def joined():
        target = request.form.get("next", "")
        return redirect(url_for("index") + target)  # expect: PW-OPEN-REDIRECT:@redirect
