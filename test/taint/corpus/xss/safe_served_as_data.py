"""Request data in responses that browsers show as data: JSON bodies and declared plain types."""
import json

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/profile")
def profile():
    return {"name": request.args.get("name", "")}


@app.route("/tags")
def tags():
    return [t.strip() for t in request.args.get("tags", "").split(",")]


@app.route("/echo")
def echo():
    body = json.dumps({"q": request.args.get("q", "")})
    return body, 200, {"Content-Type": "application/json"}


@app.route("/raw")
def raw():
    return request.args.get("q", ""), {"content-type": "text/plain; charset=utf-8"}


@app.route("/download")
def download():
    resp = make_response(request.args.get("csv", ""))
    resp.headers["Content-Type"] = "text/csv"
    return resp


@app.route("/api")
def api():
    resp = make_response(request.args.get("q", ""))
    resp.mimetype = "application/json"
    return resp


@app.route("/status")
def status():
    return jsonify(status="ok", q=request.args.get("q", "")), 200
