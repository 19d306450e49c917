"""markupsafe's escape in a Pyramid view: the text is escaped whatever framework serves it."""
from markupsafe import escape
from pyramid.response import Response
from pyramid.view import view_config


class Banner:
    def __init__(self, title):
        self.title = title


@view_config(route_name="banner")
def show_banner(request):
    banner = Banner(request.params.get("title", "Announcements"))
    lines = ["<div class='banner'>", "<strong>%s</strong>" % escape(banner.title), "</div>"]
    return Response("".join(lines), content_type="text/html")
