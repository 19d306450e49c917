"""Small text utilities and configuration lookups used by the views."""
import hashlib
import html
import re

SETTINGS = {
    "password_digest": "sha1",
    "token_digest": "sha256",
    "cookie_secure": False,
    "remember_secure": True,
}


class Transformer:
    """Applies simple transformations to incoming values."""

    def __init__(self, default="summary"):
        self.default = default

    def apply(self, value):
        return str(value)

    def tidy(self, value):
        return " ".join(str(value).split())

    def label(self, value):
        return self.default

    def digits(self, value):
        return re.sub(r"[^0-9]", "", str(value))

    def escape(self, value):
        return html.escape(str(value), quote=True)


def normalize(value):
    return value.strip().replace("\t", " ")


def checksum(value):
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def setting(name):
    return SETTINGS[name]
