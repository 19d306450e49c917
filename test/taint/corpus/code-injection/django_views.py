"""Django views evaluating request data."""
import importlib

from django.http import HttpResponse
from django.views import View


def formula(request):
    eval(request.GET["formula"])  # expect: PW-CODE-INJECTION:5
    return HttpResponse("ok")


def macro(request):
    body = request.POST.get("body", "")
    exec(body)  # expect: PW-CODE-INJECTION:5
    return HttpResponse("ok")


def widget(request, widget_name):
    importlib.import_module("widgets." + widget_name)  # expect: PW-CODE-INJECTION:5
    return HttpResponse("ok")


class RuleView(View):
    def post(self, request, pk):
        rule = request.body.decode()
        compile(rule, f"rule-{pk}", "eval")  # expect: PW-CODE-INJECTION:9
        return HttpResponse("ok")

    def get(self, request, pk):
        eval("rules[" + pk + "]", {"rules": {}})  # expect: PW-CODE-INJECTION:9
        return HttpResponse("ok")
