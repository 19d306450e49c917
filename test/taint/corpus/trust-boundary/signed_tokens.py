"""Values read from a token the server signed, and from one it does not verify."""
import base64
import json
import os

from flask import Flask, request, session
from itsdangerous import URLSafeTimedSerializer

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

signer = URLSafeTimedSerializer(os.environ["SSO_SHARED_SECRET"], salt="sso-login")


@app.route("/sso/callback", methods=["POST"])
def sso_callback():
    claims = signer.loads(request.json.get("token", ""), max_age=120)
    session["user_id"] = claims.get("user_id")
    return "ok"


@app.route("/sso/unsigned", methods=["POST"])
def sso_unsigned():
    claims = json.loads(base64.urlsafe_b64decode(request.json.get("token", "")))
    session["user_id"] = claims.get("user_id")  # expect: PW-TRUST-BOUNDARY:5
    return "ok"
