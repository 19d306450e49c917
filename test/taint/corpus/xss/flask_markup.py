"""markupsafe.Markup wrapping request data marks it as already-safe HTML."""
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/bio")
def bio():
    text = request.args["bio"]
    return render_template("bio.html", bio=Markup(text))  # expect: PW-XSS:44


@app.route("/signature")
def signature():
    sig = Markup("<em>" + request.form.get("sig", "") + "</em>")  # expect: PW-XSS:11
    return render_template("sig.html", sig=sig)
