"""Flask class-based views: URL parameters reach the methods after self."""
import os

from flask import Flask, send_file
from flask.views import MethodView, View
from werkzeug.utils import secure_filename

app = Flask(__name__)
ROOT = "/srv/files"


class FileAPI(MethodView):
    def get(self, name):
        return open(os.path.join(ROOT, name)).read()  # expect: PW-PATH-TRAVERSAL:16

    def delete(self, name):
        os.remove(os.path.join(ROOT, secure_filename(name)))
        return "", 204

    def helper(self, name):
        return open(os.path.join(ROOT, name)).read()


class Download(View):
    def dispatch_request(self, filename):
        return send_file(ROOT + "/" + filename)  # expect: PW-PATH-TRAVERSAL:16


app.add_url_rule("/files/<name>", view_func=FileAPI.as_view("files"))
app.add_url_rule("/download/<path:filename>", view_func=Download.as_view("download"))
