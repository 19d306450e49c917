"""subprocess run/call/Popen/check_output with shell=True and request data in the command."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/convert")
def convert():
    name = request.values.get("file")
    subprocess.run("convert " + name + " out.png", shell=True, check=False)  # expect: PW-CMDI:5
    return "ok"


@app.route("/count")
def count():
    pattern = request.cookies.get("pattern", "")
    subprocess.call(f"grep -c {pattern} /var/log/app.log", shell=True)  # expect: PW-CMDI:5
    return "ok"


@app.route("/trace")
def trace():
    target = request.headers.get("X-Trace-Target")
    proc = subprocess.Popen("traceroute " + target, shell=True, stdout=subprocess.PIPE)  # expect: PW-CMDI:12
    proc.wait()
    return "ok"


@app.route("/disk")
def disk():
    mount = request.args["mount"]
    subprocess.check_output("df -h {}".format(mount), shell=True)  # expect: PW-CMDI:5
    return "ok"


@app.route("/status")
def status():
    unit = request.args["unit"]
    subprocess.getoutput("systemctl status " + unit)  # expect: PW-CMDI:5
    return "ok"
