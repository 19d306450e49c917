"""Plain WSGI applications: the environ holds the request."""
import os
import subprocess
from urllib.parse import parse_qs


def application(environ, start_response):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    host = query.get("host", ["localhost"])[0]
    with os.popen("ping -c 1 " + host) as pipe:  # expect: PW-CMDI:10
        body = pipe.read().encode()
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body]


def listing(environ, start_response):
    directory = parse_qs(environ["QUERY_STRING"]).get("dir", ["/srv"])[0]
    directory = "/var/log/app"
    body = subprocess.run("ls -la " + directory, shell=True, capture_output=True).stdout
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body]


class Auditing:
    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        os.system("logger visited " + environ.get("PATH_INFO", "/"))  # expect: PW-CMDI:9
        return self.app(environ, start_response)
