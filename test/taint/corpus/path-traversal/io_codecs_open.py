"""io.open and codecs.open with request-controlled paths."""
import codecs
import io

from flask import Flask, request

app = Flask(__name__)


@app.route("/io")
def with_io_open():
    lang = request.args["lang"]
    with io.open("/srv/i18n/" + lang + ".po", encoding="utf-8") as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.read()
    return "ok"


@app.route("/codecs")
def with_codecs_open():
    doc = request.cookies.get("last_doc", "readme")
    with codecs.open(f"/srv/docs/{doc}", "r", "utf-8") as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.read()
    return "ok"
