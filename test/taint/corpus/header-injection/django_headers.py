"""Django response headers set from request data."""
from django.http import HttpResponse
from django.views import View


def export(request):
    response = HttpResponse("csv")
    response["Content-Disposition"] = "attachment; filename=%s" % request.GET["name"]  # expect: PW-HEADER-INJECTION:5
    return response


class EchoView(View):
    def get(self, request, token):
        response = HttpResponse("ok")
        response["X-Token"] = token  # expect: PW-HEADER-INJECTION:9
        return response
