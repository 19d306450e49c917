"""Values that leave a loop by break, or reach the next round by continue."""
from flask import request, session


def init(app):
    @app.route("/header-name", methods=["POST"])
    def header_name():
        param = ""
        for name in request.headers.keys():
            if name.lower() in ("host", "accept", "user-agent"):
                continue
            param = name
            break
        session[param] = "10340"  # expect: PW-TRUST-BOUNDARY:9
        return "ok"

    @app.route("/while-break", methods=["POST"])
    def while_break():
        value = "anonymous"
        while True:
            value = request.form.get("user", "")
            break
        session["user"] = value  # expect: PW-TRUST-BOUNDARY:9
        return "ok"

    @app.route("/continue", methods=["POST"])
    def carried_by_continue():
        last = ""
        for item in ["a", "b"]:
            if item == "a":
                last = request.form.get("user", "")
                continue
            session["user"] = last  # expect: PW-TRUST-BOUNDARY:13
        return "ok"

    @app.route("/while-else", methods=["POST"])
    def while_else():
        tries = 0
        while tries < 3:
            tries += 1
        else:
            session["user"] = request.form.get("user", "")  # expect: PW-TRUST-BOUNDARY:13
        return "ok"

    @app.route("/for-else", methods=["POST"])
    def for_else():
        for item in ["a", "b"]:
            if item == request.form.get("skip"):
                break
        else:
            session["user"] = request.form.get("user", "")  # expect: PW-TRUST-BOUNDARY:13
        return "ok"
