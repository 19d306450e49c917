"""flask.send_file with a tainted path, and send_from_directory with a tainted DIRECTORY."""
import flask
from flask import Flask, request, send_file, send_from_directory

app = Flask(__name__)


@app.route("/download")
def download():
    return send_file("/srv/files/" + request.args["name"])  # expect: PW-PATH-TRAVERSAL:12


@app.route("/download2/<path:name>")
def download2(name):
    path = "/srv/files/%s" % name
    return flask.send_file(path, as_attachment=True)  # expect: PW-PATH-TRAVERSAL:12


@app.route("/theme-file")
def theme_file():
    theme_dir = request.args["theme"]
    return send_from_directory(theme_dir, "style.css")  # expect: PW-PATH-TRAVERSAL:12
