"""markupsafe in Pyramid views (escape, Markup.format, Markup.join): escaped whatever framework serves it."""
from markupsafe import Markup, escape
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


@view_config(route_name="comment")
def comment(request):
    text = request.POST.get("text", "")
    author = request.POST.get("author", "anonymous")
    fragment = Markup("<p>{}</p><small>{}</small>").format(text, author)
    page = Markup("<div>{}</div>").format(fragment)
    items = Markup("").join([Markup("<li>{}</li>").format(t) for t in request.POST.getall("tag")])
    return Response(str(page) + str(items), content_type="text/html")
