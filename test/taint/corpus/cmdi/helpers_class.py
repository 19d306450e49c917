"""Shell commands built by same-module helpers and class attributes from request data."""
import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


def passthrough(value):
    return value


def build_backup_command(db_name):
    return "pg_dump " + db_name + " > /backups/" + db_name + ".sql"


def execute(command):
    subprocess.run(command, shell=True)  # expect: PW-CMDI:5


class Notifier:
    def __init__(self, recipient):
        self.recipient = recipient

    def send(self):
        os.system("mail -s alert " + self.recipient + " < /tmp/alert.txt")  # expect: PW-CMDI:9


@app.route("/backup")
def backup():
    os.system(build_backup_command(request.args["db"]))  # expect: PW-CMDI:5
    return "ok"


@app.route("/echo")
def echo():
    text = passthrough(request.args["text"])
    os.popen("echo " + text)  # expect: PW-CMDI:5
    return "ok"


@app.route("/notify")
def notify():
    Notifier(request.args["to"]).send()
    return "ok"


@app.route("/run")
def run():
    execute("uptime; " + request.args["extra"])
    return "ok"
