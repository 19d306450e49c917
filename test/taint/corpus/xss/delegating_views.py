"""A GET view that returns the POST view's response: the flow is reported once, where it is built."""
from flask import request


def init(app):
    @app.route("/echo", methods=["GET"])
    def echo_get():
        return echo_post()

    @app.route("/echo", methods=["POST"])
    def echo_post():
        response = ""
        param = request.args.get("v", "")
        response += f"Parameter value: {param}"
        return response  # expect: PW-XSS:@return

    @app.route("/wrapped", methods=["GET"])
    def wrapped():
        return "<p>" + render_value() + "</p>"  # expect: PW-XSS:@return


def render_value():
    return request.args.get("v", "")
