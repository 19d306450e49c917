"""Django request.session values assigned from request data."""
from django.http import HttpResponse
from django.views import View


def remember(request):
    request.session["user_id"] = request.GET["uid"]  # expect: PW-TRUST-BOUNDARY:5
    return HttpResponse("ok")


def set_tenant(request):
    tenant = request.POST.get("tenant", "")
    request.session["tenant"] = tenant.strip()  # expect: PW-TRUST-BOUNDARY:5
    return HttpResponse("ok")


class LocaleView(View):
    def get(self, request, locale):
        request.session["locale"] = locale  # expect: PW-TRUST-BOUNDARY:9
        return HttpResponse("ok")
