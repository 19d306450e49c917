"""Pyramid views that serve a file named by the request, and redirect responses."""
import html
import os

from pyramid.httpexceptions import HTTPSeeOther, HTTPTemporaryRedirect
from pyramid.response import FileResponse
from pyramid.view import view_config

THEMES = "/srv/app/themes"


@view_config(route_name="theme_asset")
def theme_asset(request):
    asset = request.params.get("asset", "main.css")
    path = os.path.join(THEMES, asset)
    return FileResponse(path, request=request)  # expect: PW-PATH-TRAVERSAL:12


@view_config(route_name="theme_escaped")
def theme_escaped(request):
    # escaping for HTML does nothing against ../
    asset = html.escape(request.params.get("asset", "main.css"))
    return FileResponse(os.path.join(THEMES, asset), request=request)  # expect: PW-PATH-TRAVERSAL:12


@view_config(route_name="theme_fixed")
def theme_fixed(request):
    return FileResponse(os.path.join(THEMES, "main.css"), request=request)


@view_config(route_name="theme_named")
def theme_named(request):
    name = os.path.basename(request.params.get("asset", "main.css"))
    return FileResponse(path=os.path.join(THEMES, name), request=request)


@view_config(route_name="after_login")
def after_login(request):
    raise HTTPSeeOther(location=request.params["next"])  # expect: PW-OPEN-REDIRECT:11


@view_config(route_name="moved")
def moved(request):
    return HTTPTemporaryRedirect(request.params.get("to", "/"))  # expect: PW-OPEN-REDIRECT:12


@view_config(route_name="home")
def home(request):
    return HTTPSeeOther(location=request.route_url("home"))
