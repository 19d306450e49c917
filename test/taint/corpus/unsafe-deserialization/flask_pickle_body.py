"""pickle on raw request bodies and uploaded files."""
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_data():
    pickle.loads(request.data)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "imported"


@app.route("/model", methods=["POST"])
def upload_model():
    payload = request.files["model"].read()
    pickle.loads(payload)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "loaded"


@app.route("/model-stream", methods=["POST"])
def upload_model_stream():
    pickle.load(request.files["model"].stream)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "loaded"


@app.route("/form", methods=["POST"])
def form_blob():
    pickle.loads(request.form["blob"].encode("latin-1"))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return "loaded"
