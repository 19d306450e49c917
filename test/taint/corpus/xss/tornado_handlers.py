"""Tornado request handlers: `self.write` and `self.finish` send HTML unless given a dict."""
import tornado.web


class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q")
        self.write("<p>Results for " + q + "</p>")  # expect: PW-XSS:9


class GreetHandler(tornado.web.RequestHandler):
    def get(self, name):
        self.finish(f"<h1>Hello {name}</h1>")  # expect: PW-XSS:9


class JsonHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q")
        self.write({"q": q})
        payload = {"query": q, "ok": True}
        self.write(payload)


class PlainHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_query_argument("q")
        self.set_header("Content-Type", "text/plain; charset=UTF-8")
        self.write(q)


class EscapedHandler(tornado.web.RequestHandler):
    def get(self):
        q = self.get_argument("q")
        self.write("<p>" + tornado.escape.xhtml_escape(q) + "</p>")
        self.render("search.html", q=q)


class Writer:
    """A class of the project with its own write: not a response."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


class BufferHandler(tornado.web.RequestHandler):
    def get(self):
        out = Writer()
        out.write(self.get_argument("q"))
        self.write("done")
