"""Request data written into the body of a response built before: `write`, `set_data`, `content`."""
import html

from aiohttp import web
from django.http import HttpResponse
from flask import Flask, Response, make_response, request
from pyramid.response import Response as PyramidResponse

app = Flask(__name__)


def django_write(request):
    name = request.GET.get("name", "")
    response = HttpResponse()
    response.write("<h1>Welcome " + name + "</h1>")  # expect: PW-XSS:5
    return response


def django_writelines(request):
    names = request.GET.getlist("n")
    response = HttpResponse(status=200)
    response.writelines(names)  # expect: PW-XSS:5
    return response


def django_content(request):
    bio = request.POST.get("bio", "")
    response = HttpResponse()
    response.content = "<p>%s</p>" % bio  # expect: PW-XSS:5
    return response


def django_plain_write(request):
    # a declared text/plain body is not parsed as HTML
    name = request.GET.get("name", "")
    response = HttpResponse(content_type="text/plain")
    response.write(name)
    return response


def django_plain_header(request):
    name = request.GET.get("name", "")
    response = HttpResponse()
    response["Content-Type"] = "text/plain; charset=utf-8"
    response.write(name)
    return response


def django_escaped_write(request):
    name = request.GET.get("name", "")
    response = HttpResponse()
    response.write("<h1>" + html.escape(name) + "</h1>")
    response.write("<p>constant</p>")
    return response


@app.route("/set-data")
def flask_set_data():
    q = request.args.get("q", "")
    resp = make_response("")
    resp.set_data("<b>" + q + "</b>")  # expect: PW-XSS:5
    return resp


@app.route("/data")
def flask_data():
    q = request.args.get("q", "")
    resp = Response()
    resp.data = q  # expect: PW-XSS:5
    return resp


@app.route("/json-data")
def flask_json_data():
    q = request.args.get("q", "")
    resp = Response(mimetype="application/json")
    resp.set_data(q)
    return resp


def pyramid_text(request):
    who = request.params.get("who", "")
    r = PyramidResponse()
    r.text = "<b>" + who + "</b>"  # expect: PW-XSS:5
    return r


async def aio_text(request):
    # aiohttp's Response is text/plain unless a content type says otherwise
    who = request.query.get("who", "")
    r = web.Response()
    r.text = who
    return r
