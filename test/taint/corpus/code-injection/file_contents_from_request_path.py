"""A request chooses which file is opened: that is path traversal where the file is opened. The file's
contents are whatever is on the server, not request data: running them is not reported again."""
import pathlib

from flask import Flask, request

app = Flask(__name__)


@app.route("/plugin")
def run_plugin():
    name = request.args["name"]
    with open("/srv/plugins/" + name + ".py") as fh:  # expect: PW-PATH-TRAVERSAL:10
        source = fh.read()
    exec(source)
    return "ok"


@app.route("/script")
def run_script():
    script = pathlib.Path(request.args["script"]).read_text()  # expect: PW-PATH-TRAVERSAL:14
    eval(script)
    return "ok"


@app.route("/inline")
def run_inline():
    # the request body itself is code: reported
    exec(request.get_data(as_text=True))  # expect: PW-CODE-INJECTION:5
    return "ok"


@app.route("/compiled")
def run_compiled():
    # the request only names the code object; the code is a constant
    label = request.args["label"]
    code = compile("print('hello')", label, "exec")
    exec(code)
    return "ok"


@app.route("/compiled-source")
def run_compiled_source():
    code = compile(request.args["src"], "<request>", "exec")  # expect: PW-CODE-INJECTION:12
    exec(code)  # expect: PW-CODE-INJECTION:5
    return "ok"
