"""JSON responses carrying request data are not HTML."""
from django.http import JsonResponse
from fastapi import FastAPI
from flask import Flask, Response, jsonify, make_response, request

app = Flask(__name__)
api = FastAPI()


@app.route("/api/echo")
def echo():
    return jsonify(message=request.args["m"])


@app.route("/api/echo2")
def echo2():
    return jsonify({"message": request.args["m"]})


@api.get("/items/{item_id}")
async def read_item(item_id: str, q: str = None):
    return {"item_id": item_id, "q": q}


def dj_echo(request):
    return JsonResponse({"q": request.GET.get("q")})


@app.route("/theme-json")
def theme_json():
    choice = request.args.get("theme", "light")
    return make_response({"theme": choice})


@app.route("/plain-text")
def plain_text():
    return Response("you asked for " + request.args.get("q", ""), mimetype="text/plain")


@app.route("/theme-json-returned")
def theme_json_returned():
    resp = make_response({"theme": request.args.get("theme", "light")})
    resp.headers["Cache-Control"] = "no-store"
    return resp
