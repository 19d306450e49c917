"""Other Flask request sources echoed into HTML: view_args, files, json, headers, configparser."""
import configparser

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/doc/<slug>")
def doc(slug):
    current = request.view_args["slug"]
    return "<h1>" + current + "</h1>"  # expect: PW-XSS:12


@app.route("/uploaded", methods=["POST"])
def uploaded():
    name = request.files["file"].filename
    return f"<p>Stored {name}</p>"  # expect: PW-XSS:12


@app.route("/api/echo", methods=["POST"])
def api_echo():
    return make_response("<p>" + request.json["text"] + "</p>")  # expect: PW-XSS:12


@app.route("/ua")
def user_agent():
    return "<small>" + request.headers["User-Agent"] + "</small>"  # expect: PW-XSS:12


@app.route("/config")
def via_config():
    cfg = configparser.ConfigParser()
    cfg["ui"] = {"title": "Home"}
    cfg.set("ui", "title", request.args["title"])
    return "<title>" + cfg.get("ui", "title") + "</title>"  # expect: PW-XSS:12
