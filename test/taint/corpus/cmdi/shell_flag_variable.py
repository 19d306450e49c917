"""shell=True held in a variable / constant is still a shell invocation."""
import subprocess

from flask import Flask, request

app = Flask(__name__)
USE_SHELL = True


@app.route("/zip")
def zip_folder():
    folder = request.args["folder"]
    shell = True
    subprocess.run("zip -r out.zip " + folder, shell=shell)  # expect: PW-CMDI:5
    return "ok"


@app.route("/unzip")
def unzip_archive():
    archive = request.args["archive"]
    subprocess.call("unzip " + archive, shell=USE_SHELL)  # expect: PW-CMDI:5
    return "ok"
