"""tarfile.open / zipfile.ZipFile on request-controlled paths."""
import tarfile
import zipfile

from flask import Flask, request

app = Flask(__name__)


@app.route("/tar")
def tar_listing():
    with tarfile.open("/srv/archives/" + request.args["archive"]) as tar:  # expect: PW-PATH-TRAVERSAL:10
        tar.getnames()
    return "ok"


@app.route("/zip")
def zip_listing():
    archive = request.args.get("archive", "")
    with zipfile.ZipFile(f"/srv/archives/{archive}") as zf:  # expect: PW-PATH-TRAVERSAL:10
        zf.namelist()
    return "ok"
