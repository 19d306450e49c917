"""Redirects to url_for / reverse() / constant URLs."""
from django.shortcuts import redirect as dj_redirect
from django.urls import reverse
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/")
def index():
    return "home"


@app.route("/done")
def done():
    request.args.get("next")
    return redirect(url_for("index"))


@app.route("/profile/<int:user_id>")
def profile(user_id):
    return "profile"


@app.route("/to-profile")
def to_profile():
    return redirect(url_for("profile", user_id=int(request.args["id"])))


@app.route("/constant")
def constant():
    return redirect("/dashboard")


def dj_done(request):
    return dj_redirect(reverse("home"))
