"""An argv a helper builds from a literal with a constant program and only appends to."""
import logging
import subprocess

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)
NSLOOKUP = "/usr/bin/nslookup"


def resolver_args(host, server):
    args = [NSLOOKUP, host]
    if server:
        args.append(server)
    return args


def resolve(host, server=None):
    argv = resolver_args(host, server)
    return subprocess.run(argv, capture_output=True, text=True, timeout=8, check=False).stdout


@app.get("/tools/resolve")
def resolve_host():
    host = request.args.get("host", "").strip()
    return {"output": resolve(host, request.args.get("server") or None)}
