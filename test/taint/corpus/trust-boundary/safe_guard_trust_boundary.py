"""Allow-listed values before they are stored in the session."""
from django.http import HttpResponse
from flask import Flask, abort, request, session

app = Flask(__name__)
app.secret_key = "dev-only-not-a-secret"
THEMES = {"light", "dark"}


@app.route("/theme")
def theme():
    t = request.args["theme"]
    if t not in THEMES:
        abort(400)
    session["theme"] = t
    return "ok"


def dj_lang(request):
    lang = request.GET["lang"]
    if lang in ("en", "fr"):
        request.session["lang"] = lang
    return HttpResponse("ok")
