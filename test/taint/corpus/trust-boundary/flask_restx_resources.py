"""Request data of Flask-RESTX and Flask-RESTful resources stored in the session."""
from flask import Flask, session
from flask_restful import Resource as RestfulResource
from flask_restful import reqparse as restful_reqparse
from flask_restx import Api, Namespace, Resource, reqparse

app = Flask(__name__)
api = Api(app)
ns = Namespace("prefs")
parser = reqparse.RequestParser()
parser.add_argument("theme", type=str, location="args")
restful_parser = restful_reqparse.RequestParser()
restful_parser.add_argument("lang", location="json")

THEMES = {"dark": "dark", "light": "light"}


@ns.route("/")
class Preferences(Resource):
    def put(self):
        data = api.payload or {}
        session["display_name"] = data.get("display_name", "")  # expect: PW-TRUST-BOUNDARY:9
        return {"saved": True}

    def post(self):
        session["tz"] = ns.payload["tz"]  # expect: PW-TRUST-BOUNDARY:9
        return {"saved": True}

    def patch(self):
        args = parser.parse_args()
        session["theme"] = args["theme"]  # expect: PW-TRUST-BOUNDARY:9
        # a value of a constant table, chosen by the request: not request data
        session["chosen"] = THEMES.get(args["theme"], "light")
        session["count"] = int(args.get("count") or 0)  # expect: PW-TRUST-BOUNDARY:9
        return {"saved": True}


@ns.route("/<string:slot>")
class Slot(Resource):
    def get(self, slot):
        session["slot"] = slot  # expect: PW-TRUST-BOUNDARY:9
        return {"slot": slot}


class Language(RestfulResource):
    def post(self):
        args = restful_parser.parse_args()
        session["lang"] = args["lang"]  # expect: PW-TRUST-BOUNDARY:9
        return {"lang": args["lang"]}


api.add_namespace(ns)
