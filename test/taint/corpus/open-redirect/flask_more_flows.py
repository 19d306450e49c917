"""Open redirects through closures, lambdas and walrus in Flask views."""
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/lambda")
def via_lambda():
    absolute = lambda path: "https://" + path
    return redirect(absolute(request.args["to"]))  # expect: PW-OPEN-REDIRECT:12


@app.route("/walrus")
def via_walrus():
    if (dest := request.args.get("dest")):
        return redirect(dest)  # expect: PW-OPEN-REDIRECT:16
    return redirect("/")


@app.route("/list")
def via_list():
    options = ["/", request.values["to"]]
    return redirect(options[1])  # expect: PW-OPEN-REDIRECT:12
