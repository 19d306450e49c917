"""A closure that captured a constant, and a template that escapes the request value."""
from flask import Response, render_template_string, request


def init(app):
    @app.route("/reader", methods=["POST"])
    def reader_view():
        param = request.values.get("item", "")

        def make_reader(value):
            fixed = "welcome"

            def reader():
                return fixed

            return reader

        bar = make_reader(param)()
        return Response("<li>%s</li>" % bar, mimetype="text/html")

    @app.route("/escaped", methods=["POST"])
    def escaped():
        param = request.args.get("ref", "")
        return render_template_string("<p>{{ item }} {{ note|safe }}</p>", item=param, note="<b>hi</b>")
