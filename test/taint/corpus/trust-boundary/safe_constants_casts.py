"""Constants, casts and precision cases for session writes."""
from django.http import HttpResponse
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "dev-only-not-a-secret"


@app.route("/visited")
def visited():
    session["visited"] = True
    return "ok"


@app.route("/page")
def page():
    # a number checked against the application's limits is one it accepts
    number = int(request.args.get("page", "1"))
    if not 1 <= number <= 500:
        return "bad page", 400
    session["page"] = number
    session["size"] = max(10, min(int(request.args.get("size", "20")), 100))
    return "ok"


@app.route("/fold")
def fold():
    param = request.args["theme"]
    num = 106
    session["theme"] = "light" if 7 * 18 + num > 200 else param
    return "ok"


@app.route("/reassign")
def reassign():
    role = request.args["role"]
    role = "viewer"
    session["role"] = role
    return "ok"


@app.route("/slots")
def slots():
    d = {"user": request.args["x"], "fixed": "guest"}
    session["name"] = d["fixed"]
    return "ok"


def dj_count(request):
    count = int(request.GET["count"])
    if count < 1 or count > 50:
        return HttpResponse("too many", status=400)
    request.session["count"] = count
    request.session["remember"] = bool(request.GET.get("remember"))
    return HttpResponse("ok")


@app.route("/if-false")
def if_false():
    if False:
        session["user"] = request.args["user"]
    return "ok"


def anonymous(_requested):
    return "anonymous"


@app.route("/helper")
def helper():
    session["user"] = anonymous(request.args["user"])
    return "ok"


@app.route("/fixed-key", methods=["POST"])
def fixed_key():
    name = request.values.get("name", "")
    key = name[len(name):] + "visits"
    session[key] = "10340"
    session["prefix-" + str(len(name))] = 1
    return "ok"
