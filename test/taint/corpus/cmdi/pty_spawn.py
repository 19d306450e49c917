"""pty.spawn with a command taken from a Flask route parameter."""
import pty

from flask import Flask

app = Flask(__name__)


@app.route("/console/<shell_name>")
def console(shell_name):
    pty.spawn("/bin/" + shell_name)  # expect: PW-CMDI:5
    return "closed"


@app.route("/attach/<session>")
def attach(session):
    pty.spawn(["tmux", "attach", "-t", session])
    pty.spawn(session.split())  # expect: PW-CMDI:5
    return "closed"
