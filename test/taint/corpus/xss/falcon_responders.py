"""Falcon responders writing request data to `resp.text`: a page only when they declare HTML."""
import html

import falcon

PAGE = "<html><body><h1>Invitation for {guest}</h1></body></html>"


class InviteResource:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_HTML
        resp.text = PAGE.format(guest=req.get_param("guest", default="friend"))  # expect: PW-XSS:9

    def on_get_escaped(self, req, resp):
        resp.content_type = "text/html; charset=utf-8"
        resp.text = PAGE.format(guest=html.escape(req.get_param("guest", default="friend")))

    def on_get_json(self, req, resp):
        resp.text = '{"guest": "%s"}' % req.get_param("guest", default="friend")


app = falcon.App()
app.add_route("/invite", InviteResource())
