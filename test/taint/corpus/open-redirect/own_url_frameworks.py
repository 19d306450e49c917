"""Django's build_absolute_uri(), Starlette's request.url and werkzeug's get_current_url(environ)."""
from django.http import HttpResponseRedirect
from django.urls import reverse
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from werkzeug.urls import iri_to_uri
from werkzeug.wsgi import get_current_url

api = FastAPI()


def canonical(request):
    return HttpResponseRedirect(request.build_absolute_uri())


def to_login(request):
    return HttpResponseRedirect(request.build_absolute_uri(reverse("login")))


def onward(request):
    return HttpResponseRedirect(request.build_absolute_uri(request.GET["next"]))  # expect: PW-OPEN-REDIRECT:12


@api.get("/again")
async def again(request: Request):
    return RedirectResponse(str(request.url))


@api.get("/path")
async def same_path(request: Request):
    return RedirectResponse(request.url.path)  # expect: PW-OPEN-REDIRECT:12


def application(environ, start_response):
    location = iri_to_uri(get_current_url(environ, strip_querystring=True))
    start_response("302 Found", [("Location", location)])
    return [b""]
