"""Exit statuses and HTTP statuses reported back: numbers, whatever went into the command or request."""
import subprocess

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/count")
def count():
    proc = subprocess.run(["grep", "-c", "--", request.args["q"], "/var/log/app.log"], check=False)
    return f"<p>exit {proc.returncode}</p>"


@app.route("/probe")
def probe():
    r = requests.get("https://api.example.com/items", params={"q": request.args["q"]}, timeout=5)
    return "<p>upstream said %d</p>" % r.status_code


@app.route("/session-probe")
def session_probe():
    s = requests.Session()
    r = s.post("https://api.example.com/search", json={"q": request.args["q"]}, timeout=5)
    return f"<p>{r.status_code}</p>"


@app.route("/echo")
def echo():
    proc = subprocess.run(["echo", request.args["q"]], capture_output=True, text=True, check=False)
    return f"<pre>{proc.stdout}</pre>"  # expect: PW-XSS:12


@app.route("/upstream")
def upstream():
    r = requests.get("https://api.example.com/items", params={"q": request.args["q"]}, timeout=5)
    return f"<p>{r.reason}: {request.args['q']}</p>"  # expect: PW-XSS:12


@app.route("/matches")
def matches():
    text = request.args["q"]
    return f"<p>{text.count('a')} a's, first b at {text.find('b')}</p>"


@app.route("/shout")
def shout():
    text = request.args["q"]
    return f"<p>{text.upper()}</p>"  # expect: PW-XSS:12
