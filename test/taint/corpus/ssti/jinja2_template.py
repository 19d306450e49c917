"""jinja2.Template constructed from request data."""
import jinja2
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


class Mailer:
    def send(self, body):
        self.last = body


mailer = Mailer()


@app.route("/mail", methods=["POST"])
def mail():
    source = request.form["body"]
    rendered = Template(source).render(user="alice")  # expect: PW-SSTI:16
    mailer.send(rendered)
    return "sent"


@app.route("/subject", methods=["POST"])
def subject():
    line = "Re: " + request.get_json()["subject"]
    tpl = jinja2.Template(line)  # expect: PW-SSTI:11
    mailer.send(tpl.render())
    return "sent"
