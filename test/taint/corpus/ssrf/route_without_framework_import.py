"""Routes registered on an application passed in, in a module that imports no framework."""
import requests


def init(app):
    @app.get("/status")
    def status(target: str = ""):
        num = 42
        url = target if (5 * 30) - num > 100 else "https://api.example.com/status"
        return {"status": requests.get(url, timeout=5).status_code}  # expect: PW-SSRF:@requests.get

    @app.post("/fixed")
    def fixed(target: str = ""):
        num = 42
        url = target if (5 * 30) - num < 100 else "https://api.example.com/status"
        return {"status": requests.get(url, timeout=5).status_code}


def helper(target):
    return requests.get(target, timeout=5)
