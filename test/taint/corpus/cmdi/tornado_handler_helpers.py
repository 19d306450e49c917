"""Helpers handed the Tornado handler itself read its arguments as the handler would."""
import subprocess

import tornado.web


def lookup_options(handler: tornado.web.RequestHandler) -> dict:
    return {"domain": handler.get_argument("domain"), "type": handler.get_argument("type", "TXT")}


def record_type(handler: tornado.web.RequestHandler) -> str:
    value = handler.get_argument("type", "TXT").upper()
    return value if value in ("A", "MX", "TXT") else "TXT"


class DigHandler(tornado.web.RequestHandler):
    def get(self):
        options = lookup_options(self)
        subprocess.check_output(f"dig {options['domain']} {options['type']}", shell=True)  # expect: PW-CMDI:9
        self.write("done")


class TypeHandler(tornado.web.RequestHandler):
    def get(self):
        subprocess.check_output(["dig", "example.com", record_type(self)])
        self.write("done")
