"""Password, token and encryption helpers. Deliberately weak: see README.md."""

import hashlib
import random
import secrets
import ssl
import tempfile
import urllib.request

from Crypto.Cipher import DES

LEGACY_KEY = b"8bytekey"


def hash_password(password):
    # MD5 is far too fast and unsalted for passwords.
    return hashlib.md5(password.encode()).hexdigest()


def file_checksum(data):
    # SAFE: MD5 as a non-security checksum, declared as such.
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def content_digest(data):
    # SAFE: a modern hash for integrity.
    return hashlib.sha256(data).hexdigest()


def password_reset_token():
    # Predictable: random is not a cryptographic generator.
    return str(random.random())[2:]


def session_token():
    # SAFE: cryptographically strong token.
    return secrets.token_urlsafe(32)


def encrypt_invoice(plaintext):
    # DES in ECB mode: broken cipher, and ECB leaks patterns.
    cipher = DES.new(LEGACY_KEY, DES.MODE_ECB)
    padded = plaintext + b" " * (8 - len(plaintext) % 8)
    return cipher.encrypt(padded)


def fetch_exchange_rates(url):
    # Certificate checks are switched off.
    context = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=context, timeout=10) as response:
        return response.read()


def scratch_file():
    # Race condition: the name can be claimed by someone else before it is opened.
    path = tempfile.mktemp(suffix=".pdf")
    return open(path, "wb")
