"""Constant conditions that select the tainted path value."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/fold")
def fold():
    param = request.args["name"]
    num = 10
    bar = "default.txt" if 7 * 18 + num > 200 else param
    open("/srv/data/" + bar).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"


@app.route("/list")
def list_slot():
    param = request.args["name"]
    names = ["default.txt", param]
    open("/srv/data/" + names[1]).close()  # expect: PW-PATH-TRAVERSAL:5
    return "ok"
