"""*args / **kwargs forwarding into HTML."""
from flask import Flask, request

app = Flask(__name__)


def tag(name, *children):
    return "<" + name + ">" + "".join(children) + "</" + name + ">"


def card(**fields):
    return "<div class='card'>{title}</div>".format(**fields)


def relay(*args, **kwargs):
    return card(*args, **kwargs)


@app.route("/tag")
def with_args():
    return tag("p", "Hi ", request.args["name"])  # expect: PW-XSS:12


@app.route("/card")
def with_kwargs():
    html = relay(title=request.args["title"])
    return html  # expect: PW-XSS:12
