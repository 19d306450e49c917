"""A MAC computed into a name, then compared: what it signs is the server's own data."""
import base64
import hashlib
import hmac
import os
import pickle

from flask import Flask, request

app = Flask(__name__)
KEY = os.environ["SIGNING_KEY"].encode()


@app.get("/cart")
def cart():
    sig, _, payload = request.cookies.get("cart", "").partition(".")
    data = base64.urlsafe_b64decode(payload.encode())
    expected = hmac.new(KEY, data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        return "bad signature", 400
    return str(pickle.loads(data))


@app.get("/unchecked")
def unchecked():
    sig, _, payload = request.cookies.get("cart", "").partition(".")
    data = base64.urlsafe_b64decode(payload.encode())
    expected = hmac.new(KEY, b"fixed", hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        return "bad signature", 400
    return str(pickle.loads(data))  # expect: PW-UNSAFE-DESERIALIZATION:16 PW-XSS:12
