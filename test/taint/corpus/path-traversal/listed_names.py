"""A name found among the entries of a fixed directory is one of its files; listing a directory the
request names is still traversal."""
import os

from flask import Flask, request

app = Flask(__name__)
MANUAL_ROOT = "/srv/app/manuals"


class ManualLibrary:
    def __init__(self, root):
        self.root = root

    def available(self):
        return {name for name in os.listdir(self.root) if name.endswith(".pdf")}

    def read(self, name):
        if name not in self.available():
            return None
        with open(os.path.join(self.root, name), "rb") as handle:
            return handle.read()


library = ManualLibrary(MANUAL_ROOT)


@app.route("/manuals/<product>")
def manual(product):
    return library.read(f"{product}-{request.args['lang']}.pdf") or b""


@app.route("/listing")
def listing():
    return {"names": os.listdir(request.args["dir"])}  # expect: PW-PATH-TRAVERSAL:22
