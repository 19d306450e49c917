"""Redirect targets read by Flask-RESTX request parsers, and safe look-alikes."""
from flask import Flask, redirect, url_for
from flask_restx import Api, Namespace, Resource, reqparse

app = Flask(__name__)
api = Api(app)
ns = Namespace("auth")

logout_args = reqparse.RequestParser()
logout_args.add_argument("next", type=str, default="/", location="args")

PAGES = {"home": "/", "account": "/account"}


@ns.route("/logout")
class Logout(Resource):
    @ns.expect(logout_args)
    def get(self):
        args = logout_args.parse_args()
        return redirect(args["next"])  # expect: PW-OPEN-REDIRECT:16


@ns.route("/done")
class Done(Resource):
    def get(self):
        args = logout_args.parse_args()
        return redirect(PAGES.get(args["next"], "/"))

    def post(self):
        return redirect(url_for("index", page=api.payload.get("page")))


api.add_namespace(ns)
