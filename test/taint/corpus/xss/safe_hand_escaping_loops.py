"""Hand-written escaping of < and a loop over a literal that ends on a constant."""
from flask import request


def escape_text(text):
    text = str(text)
    text = text.replace("&", "&amp;")
    text = text.replace("<", "&lt;")
    text = text.replace(">", "&gt;")
    return text


def init(app):
    @app.route("/escaped", methods=["POST"])
    def escaped():
        param = request.args.get("v", "")
        return "<p>" + escape_text(param) + "</p>"

    @app.route("/inline", methods=["POST"])
    def inline():
        param = request.args.get("v", "")
        return "<p>" + param.replace("<", "&#60;") + "</p>"

    @app.route("/loop-last", methods=["POST"])
    def loop_last():
        param = request.headers.get("X-V", "")
        bar = param.strip()
        for entry in [bar, "welcome"]:
            bar = entry
        return "<span>%s</span>" % bar

    @app.route("/round-trip", methods=["POST"])
    def round_trip():
        param = request.args.get("v", "")
        return "<p>" + urllib_round_trip(param) + "</p>"


def urllib_round_trip(value):
    import urllib.parse

    return urllib.parse.quote(urllib.parse.unquote(value))
