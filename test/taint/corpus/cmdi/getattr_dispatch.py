"""Methods picked by name with getattr: any method the name can give runs with the arguments."""
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
KNOWN_HOSTS = {"primary": "10.0.0.10", "replica": "10.0.0.11"}


class Tools:
    @staticmethod
    def ping(target):
        return subprocess.check_output("ping -c 1 " + target, shell=True)  # expect: PW-CMDI:16

    @staticmethod
    def lookup(target):
        return subprocess.check_output(["nslookup", target])


class Actions:
    def do_echo(self, text):
        return subprocess.check_output("echo " + text, shell=True)  # expect: PW-CMDI:16

    def do_date(self, text):
        return subprocess.check_output(["date", "+%s"])

    def purge(self, text):
        return subprocess.check_output("rm -rf /tmp/cache/" + text, shell=True)

    def run(self, action, text):
        handler = getattr(self, "do_" + action)
        return handler(text)


@app.route("/tool/<tool>")
def tool(tool):
    if tool not in ("ping", "lookup"):
        abort(404)
    return {"out": str(getattr(Tools, tool)(request.args.get("host", "")))}


@app.route("/known/<tool>")
def known(tool):
    target = KNOWN_HOSTS.get(request.args.get("site", ""), "127.0.0.1")
    return {"out": str(getattr(Tools, tool)(target))}


@app.route("/act/<action>")
def act(action):
    return {"out": str(Actions().run(action, request.args.get("t", "")))}
