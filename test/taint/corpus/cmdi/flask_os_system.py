"""Flask query-string values concatenated into os.system / os.popen commands."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args["host"]
    os.system("ping -c 1 " + host)  # expect: PW-CMDI:5
    return "pinged"


@app.route("/lookup")
def lookup():
    domain = request.args.get("domain", "example.com")
    pipe = os.popen(f"nslookup {domain}")  # expect: PW-CMDI:12
    pipe.close()
    return "looked up"


@app.route("/archive", methods=["POST"])
def archive():
    folder = request.form["folder"]
    status = os.system("tar czf /backups/out.tgz %s" % folder)  # expect: PW-CMDI:14
    return "done" if status == 0 else "failed"
