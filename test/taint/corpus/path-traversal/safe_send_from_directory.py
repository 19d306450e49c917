"""send_from_directory joins the user part safely under a fixed directory."""
import flask
from flask import Flask, request, send_from_directory

app = Flask(__name__)
STATIC_DIR = "/srv/static"


@app.route("/static-file/<path:name>")
def static_file(name):
    return send_from_directory(STATIC_DIR, name)


@app.route("/asset")
def asset():
    return flask.send_from_directory("/srv/assets", request.args["file"], as_attachment=True)


@app.route("/docs/<path:page>")
def docs(page):
    return send_from_directory(directory="/srv/docs", path=page)
