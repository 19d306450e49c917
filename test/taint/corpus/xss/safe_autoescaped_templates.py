"""Autoescaped templates receive request data only as context variables."""
from django.shortcuts import render
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)


@app.route("/profile")
def profile():
    return render_template("profile.html", name=request.args["name"])


@app.route("/inline")
def inline():
    return render_template_string("<p>Hello {{ name }}</p>", name=request.args["name"])


def dj_profile(request):
    return render(request, "profile.html", {"name": request.GET.get("name")})
