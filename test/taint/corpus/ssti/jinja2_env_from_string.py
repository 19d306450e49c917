"""jinja2 Environment.from_string with request data as the template source."""
from flask import Flask, request
from jinja2 import Environment, select_autoescape

app = Flask(__name__)
env = Environment(autoescape=select_autoescape())


class Outbox:
    def push(self, text):
        self.text = text


outbox = Outbox()


@app.route("/notify", methods=["POST"])
def notify():
    tpl = env.from_string(request.form["message"])  # expect: PW-SSTI:11
    outbox.push(tpl.render(user="carol"))
    return "queued"


@app.route("/notify2")
def notify2():
    greeting = request.cookies.get("greeting", "Hi")
    outbox.push(Environment().from_string(greeting + " {{ user }}").render(user="dan"))  # expect: PW-SSTI:17
    return "queued"
