"""Decoding undoes what encoding cleared; a loop over a literal ends on its last element."""
import html
import urllib.parse

from flask import request


def init(app):
    @app.route("/round-trip", methods=["POST"])
    def round_trip():
        param = request.cookies.get("v", "")
        bar = urllib.parse.unquote(urllib.parse.quote(param))
        return "<p>{}</p>".format(bar)  # expect: PW-XSS:@return

    @app.route("/unescape", methods=["POST"])
    def unescaped():
        param = request.args.get("v", "")
        return "<p>" + html.unescape(html.escape(param)) + "</p>"  # expect: PW-XSS:@return

    @app.route("/loop-first", methods=["POST"])
    def loop_first():
        param = request.args.get("v", "")
        bar = ""
        for item in ["welcome", param]:
            bar = item
        return "<p>" + bar + "</p>"  # expect: PW-XSS:@return

    @app.route("/loop-break", methods=["POST"])
    def loop_break():
        param = request.args.get("v", "")
        bar = ""
        for item in (param, "welcome"):
            bar = item
            break
        return "<p>" + bar + "</p>"  # expect: PW-XSS:@return
