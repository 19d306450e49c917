"""Endpoints that declare an HTML response class return the page itself."""
from fastapi.responses import HTMLResponse, PlainTextResponse


def init(app):
    @app.get("/hello", response_class=HTMLResponse)
    def hello(name: str = ""):
        shown = name
        return "<div>" + shown + "</div>"  # expect: PW-XSS:@return

    @app.get("/plain", response_class=PlainTextResponse)
    def plain(name: str = ""):
        return "<div>" + name + "</div>"

    @app.get("/json")
    def as_json(name: str = ""):
        return {"name": "<div>" + name + "</div>"}
