"""Tornado's `self.redirect(url)` sends the client where the request says."""
import tornado.web

ALLOWED = {"/home", "/account"}


class NextHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_query_argument("next", "/")
        self.redirect(target)  # expect: PW-OPEN-REDIRECT:9


class CheckedHandler(tornado.web.RequestHandler):
    def get(self):
        target = self.get_query_argument("next", "/")
        if target not in ALLOWED:
            target = "/home"
        self.redirect(target)
