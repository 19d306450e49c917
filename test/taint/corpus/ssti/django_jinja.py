"""Django views compiling Jinja2 templates from request data."""
from django.http import HttpResponse
from jinja2 import Environment, Template

jinja_env = Environment(autoescape=True)


def render_snippet(request):
    snippet = request.POST["snippet"]
    Template(snippet).render()  # expect: PW-SSTI:5
    return HttpResponse("rendered")


def render_named(request, label):
    jinja_env.from_string("Label: " + label).render()  # expect: PW-SSTI:5
    return HttpResponse("rendered")
