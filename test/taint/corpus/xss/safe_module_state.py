"""Module-level containers that only ever hold constants or escaped text, and local names that
shadow a module-level one: nothing stored by a request reaches the page."""
import html

from django.http import HttpResponse

NOTICES = []
GREETINGS = ["hello"]
ESCAPED = []


def add_notice(request):
    NOTICES.append("maintenance at " + "02:00")
    ESCAPED.append(html.escape(request.POST["text"]))
    GREETINGS = [request.POST["text"]]
    return HttpResponse("ok %d" % len(GREETINGS), content_type="text/plain")


def notices(request):
    return HttpResponse("<ul>%s</ul>" % "".join("<li>%s</li>" % n for n in NOTICES))


def greetings(request):
    return HttpResponse("<p>%s</p>" % GREETINGS[0])


def escaped(request):
    return HttpResponse("<p>%s</p>" % "".join(ESCAPED))
