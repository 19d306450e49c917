"""A container the session holds is part of it: writing request data into it crosses the boundary."""
from django.http import HttpResponse

LANGS = ("en", "de")


def preferences(request):
    prefs = request.session.setdefault("prefs", {})
    prefs["lang"] = request.GET["lang"]  # expect: PW-TRUST-BOUNDARY:5
    request.session.modified = True
    return HttpResponse("ok")


def nested(request):
    request.session["prefs"]["theme"] = request.GET["theme"]  # expect: PW-TRUST-BOUNDARY:5
    return HttpResponse("ok")


def history(request):
    visited = request.session.get("visited", [])
    visited.append(request.GET["page"])
    request.session["visited"] = visited  # expect: PW-TRUST-BOUNDARY:5
    return HttpResponse("ok")


def checked(request):
    prefs = request.session.setdefault("prefs", {})
    lang = request.GET.get("lang", "en")
    prefs["lang"] = lang if lang in LANGS else "en"
    return HttpResponse("ok")


def local_dict(request):
    # a dictionary of the view's own, not held by the session
    prefs = {"source": "web"}
    prefs["lang"] = request.GET["lang"]
    return HttpResponse(prefs["lang"], content_type="text/plain")
