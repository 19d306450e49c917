"""A match on a constant runs one arm; a slice from the end of a value is empty."""
import os
import subprocess

from flask import request


def init(app):
    @app.route("/match", methods=["POST"])
    def match_constant():
        param = request.form.get("v", "")
        guess = "ABC"
        pick = guess[1]
        match pick:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case "C" | "D":
                bar = param
            case _:
                bar = param
        os.system("echo " + bar)
        return "ok"

    @app.route("/no-arm", methods=["POST"])
    def no_arm():
        param = request.form.get("v", "")
        bar = "fixed"
        match 7:
            case 1 | 2:
                bar = param
            case 3:
                bar = param
        subprocess.run("echo " + bar, shell=True)
        return "ok"

    @app.route("/past-the-end", methods=["POST"])
    def past_the_end():
        param = request.headers.get("X-V", "")
        bar = param[len(param):]
        subprocess.run("ls -l " + bar, shell=True)
        return "ok"
