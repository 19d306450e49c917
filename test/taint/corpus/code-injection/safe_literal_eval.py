"""ast.literal_eval and json.loads parse data without running code."""
import ast
import json

from django.http import HttpResponse
from flask import Flask, request

app = Flask(__name__)


@app.route("/literal")
def literal():
    value = ast.literal_eval(request.args["value"])
    return "list" if isinstance(value, list) else "other"


@app.route("/json")
def as_json():
    data = json.loads(request.args["data"])
    return "dict" if isinstance(data, dict) else "other"


def dj_literal(request):
    ast.literal_eval(request.POST["numbers"])
    return HttpResponse("ok")
