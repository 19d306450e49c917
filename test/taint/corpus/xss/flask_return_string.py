"""Flask views returning HTML strings built from request data."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return f"<p>Hello {name}</p>"  # expect: PW-XSS:12


@app.route("/search")
def search():
    term = request.args["q"]
    return "<h1>Results for " + term + "</h1>", 200  # expect: PW-XSS:12


@app.route("/echo", methods=["POST"])
def echo():
    message = request.form["message"]
    return message  # expect: PW-XSS:12


@app.route("/user/<username>")
def user_page(username):
    html = "<div class='user'>%s</div>" % username
    return html  # expect: PW-XSS:12
