"""A name whose value a constant condition picks, annotated with another class: the value decides."""
import os
import shlex

from flask import Flask, request

app = Flask(__name__)
QUOTING = 3


class Quoting:
    def arg(self, x):
        return shlex.quote(x)


class Verbatim:
    def arg(self, x):
        return x


runner: Verbatim = Quoting() if QUOTING > 1 else Verbatim()


@app.route("/echo")
def echo():
    os.system("echo " + runner.arg(request.args["q"]))
    return "ok"
