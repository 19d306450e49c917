"""A closure returned by a factory carries what it captured; |safe turns autoescaping off."""
from flask import Response, render_template_string, request


def init(app):
    @app.route("/reader", methods=["POST"])
    def reader_view():
        param = request.values.get("item", "")

        def make_reader(value):
            def reader():
                return value

            return reader

        bar = make_reader(param)()
        return Response("<li>%s</li>" % bar, mimetype="text/html")  # expect: PW-XSS:@Response

    @app.route("/safe-filter", methods=["POST"])
    def safe_filter():
        param = request.args.get("ref", "")
        return render_template_string("<p>{{ item|safe }}</p>", item=param)  # expect: PW-XSS:@render_template_string
