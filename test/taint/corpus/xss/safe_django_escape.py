"""Django's own escaping helpers before HttpResponse."""
from django.http import HttpResponse
from django.utils.html import escape, format_html


def search(request):
    return HttpResponse("<h1>" + escape(request.GET["q"]) + "</h1>")


def badge(request):
    return HttpResponse(format_html("<span class='badge'>{}</span>", request.GET.get("label", "")))
