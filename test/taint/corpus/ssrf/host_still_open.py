"""Look-alikes where request data still decides the host."""
import requests
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    host = request.args.get("host", "")
    requests.get("https://" + host + "/status", timeout=5)  # expect: PW-SSRF:@requests.get
    requests.get("https://api.example.com" + host, timeout=5)  # expect: PW-SSRF:@requests.get
    requests.get(f"https://user@{host}/", timeout=5)  # expect: PW-SSRF:@requests.get
    return "ok"


@app.route("/go")
def go():
    return redirect("/" + request.args.get("to", ""))  # expect: PW-OPEN-REDIRECT:@redirect
