"""django.utils.safestring.mark_safe on request data disables template escaping."""
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils import safestring


def comment(request):
    text = request.POST["comment"]
    return render(request, "comment.html", {"comment": mark_safe(text)})  # expect: PW-XSS:56


def headline(request):
    title = request.GET.get("title", "")
    context = {"headline": safestring.mark_safe("<h1>" + title + "</h1>")}  # expect: PW-XSS:28
    return render(request, "headline.html", context)
