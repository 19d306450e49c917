"""Dead branches, reassignment, constant slots, early returns and ignoring helpers."""
import pickle

from flask import Flask, request

app = Flask(__name__)
EMPTY = pickle.dumps([])


def default_blob(_user_blob):
    return EMPTY


@app.route("/fold")
def fold():
    param = request.data
    num = 106
    blob = EMPTY if 7 * 18 + num > 200 else param
    pickle.loads(blob)
    return "ok"


@app.route("/if-false")
def if_false():
    blob = EMPTY
    if False:
        blob = request.data
    pickle.loads(blob)
    return "ok"


@app.route("/one-equals-two")
def one_equals_two():
    if 1 == 2:
        pickle.loads(request.data)
    return "ok"


@app.route("/reassign")
def reassign():
    blob = request.data
    blob = EMPTY
    pickle.loads(blob)
    return "ok"


@app.route("/slots")
def slots():
    d = {"user": request.data, "fixed": EMPTY}
    items = [request.data, EMPTY]
    pickle.loads(d["fixed"])
    pickle.loads(items[1])
    return "ok"


@app.route("/helper")
def helper():
    pickle.loads(default_blob(request.data))
    return "ok"


@app.route("/early")
def early():
    blob = EMPTY
    if request.data:
        blob = request.data
        return "uploads are disabled", 403
    pickle.loads(blob)
    return "ok"
