"""An argument list that hands a command line to a shell with -c."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/dig")
def dig():
    host = request.args.get("host", "")
    subprocess.run(["sh", "-c", "dig " + host], check=False)  # expect: PW-CMDI:@subprocess.run
    subprocess.run(["/bin/bash", "-c", f"nslookup {host}"], check=False)  # expect: PW-CMDI:@subprocess.run
    subprocess.run(["dig", "-c", host], check=False)
    subprocess.run(["sh", "-c", "uptime", host], check=False)
    return "ok"


@app.route("/argv-variable")
def argv_variable():
    bar = request.args.get("x")
    argv = ["sh", "-c", "echo " + bar]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE)  # expect: PW-CMDI:12
    proc.communicate()
    return "ok"
