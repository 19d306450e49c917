"""Django HttpResponse built from request data."""
from django.http import HttpResponse
from django.views import View


def greet(request):
    name = request.GET.get("name", "")
    return HttpResponse(f"<h1>Hello {name}</h1>")  # expect: PW-XSS:12


def preview(request):
    body = request.POST["body"]
    return HttpResponse("<div>" + body + "</div>")  # expect: PW-XSS:12


def tag_page(request, tag):
    return HttpResponse("<title>%s</title>" % tag)  # expect: PW-XSS:12


def referer(request):
    ref = request.META.get("HTTP_REFERER", "")
    return HttpResponse("<a href='" + ref + "'>back</a>")  # expect: PW-XSS:12


class ProfileView(View):
    def get(self, request, pk):
        nickname = request.COOKIES.get("nick", "")
        return HttpResponse(f"<p>{pk}: {nickname}</p>")  # expect: PW-XSS:16
