"""The arm a constant subject selects, or every arm when the subject is not known."""
import os
import subprocess

from flask import request


def init(app):
    @app.route("/match-c", methods=["POST"])
    def match_c():
        param = request.form.get("v", "")
        guess = "ABC"
        match guess[2]:
            case "A":
                bar = "bob"
            case "C" | "D":
                bar = param
            case _:
                bar = "bob"
        os.system("echo " + bar)  # expect: PW-CMDI:@system
        return "ok"

    @app.route("/match-guard", methods=["POST"])
    def match_guard():
        param = request.form.get("v", "")
        bar = "bob"
        match "B":
            case "B" if len(param) > 3:
                bar = param
            case _:
                bar = "bob"
        os.system("echo " + bar)  # expect: PW-CMDI:@system
        return "ok"

    @app.route("/match-unknown", methods=["POST"])
    def match_unknown():
        param = request.form.get("v", "")
        match request.form.get("mode"):
            case "A":
                bar = "bob"
            case _:
                bar = param
        os.system("echo " + bar)  # expect: PW-CMDI:@system
        return "ok"

    @app.route("/tail", methods=["POST"])
    def tail():
        param = request.headers.get("X-V", "")
        bar = param[len(param) - 3:]
        subprocess.run("ls -l " + bar, shell=True)  # expect: PW-CMDI:@run
        return "ok"
