"""Dead branches: the tainted value can never reach SQL once constants are folded."""
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/fold")
def folded_ternary():
    param = request.args["v"]
    num = 106
    bar = "safe" if 7 * 18 + num > 200 else param
    sqlite3.connect("d.db").execute("SELECT * FROM t WHERE c = '" + bar + "'")
    return "ok"


@app.route("/if-false")
def if_false():
    param = request.args["v"]
    bar = "fixed"
    if False:
        bar = param
    sqlite3.connect("d.db").execute(f"SELECT * FROM t WHERE c = '{bar}'")
    return "ok"


@app.route("/one-equals-two")
def one_equals_two():
    param = request.args["v"]
    bar = "fixed"
    if 1 == 2:
        bar = param
    sqlite3.connect("d.db").execute("SELECT * FROM t WHERE c = '%s'" % bar)
    return "ok"


@app.route("/dead-sink")
def dead_sink():
    param = request.args["v"]
    if 3 > 5:
        sqlite3.connect("d.db").execute("SELECT * FROM t WHERE c = '" + param + "'")
    return "ok"


@app.route("/switch")
def constant_switch():
    param = request.args["v"]
    target = "B"
    if target == "A":
        bar = param
    else:
        bar = "bob"
    sqlite3.connect("d.db").execute("SELECT * FROM t WHERE c = '" + bar + "'")
    return "ok"


@app.route("/while-false")
def while_false():
    param = request.args["v"]
    bar = "x"
    while False:
        bar = param
    sqlite3.connect("d.db").execute("SELECT * FROM t WHERE c = '" + bar + "'")
    return "ok"
