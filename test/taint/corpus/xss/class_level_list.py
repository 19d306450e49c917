"""A list bound in the class body and appended to by one handler method is not a constant: what the
request stored there reaches the page another method writes."""
import tornado.web


class GuestbookHandler(tornado.web.RequestHandler):
    entries = []
    title = "Guestbook"

    def post(self):
        self.entries.append((self.get_body_argument("author"), self.get_body_argument("comment")))
        self.redirect("/guestbook")

    def get(self):
        self.write("<h1>" + self.title + "</h1>")
        for author, comment in self.entries[-50:]:
            self.write("<div><b>" + author + "</b>: " + comment + "</div>")  # expect: PW-XSS:13
