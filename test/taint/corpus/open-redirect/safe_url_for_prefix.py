"""Same-site destinations: a path from url_for followed by a query string, a fixed Location."""
import urllib.parse

from flask import Response, redirect, request, url_for


def init(app):
    @app.route("/back", methods=["POST"])
    def back():
        param = request.form.get("next", "")
        return redirect(url_for(request.endpoint) + "?next=" + urllib.parse.quote(param, safe=""))

    @app.route("/fixed", methods=["POST"])
    def fixed():
        param = request.form.get("next", "")
        return Response(status=303, headers={"Location": "/home?from=" + param, "X-Next": "1"})
