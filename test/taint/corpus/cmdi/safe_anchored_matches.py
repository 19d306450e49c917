"""re.match / re.search anchored at both ends check the whole value, as fullmatch does."""
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
NAME = re.compile(r"^[a-zA-Z0-9_-]+$")
HOST = re.compile(r"\A[a-z0-9.-]{1,63}\Z", re.IGNORECASE)


def is_name(value):
    return bool(NAME.match(value))


@app.get("/archive")
def archive():
    name = request.args["name"]
    if not is_name(name):
        abort(400)
    return subprocess.getoutput("tar czf /backups/%s.tgz /data/%s" % (name, name))


@app.get("/dig")
def dig():
    host = request.args["host"]
    if HOST.search(host) is None:
        abort(400)
    return subprocess.getoutput("dig +short " + host)


@app.get("/user")
def user():
    login = request.args["login"]
    if not re.match(r"[a-z_][a-z0-9_]{0,31}\Z", login):
        abort(400)
    return subprocess.getoutput("id " + login)
