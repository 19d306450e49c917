"""A form a function view builds and validates: a field of a closed type cleans to a number or a choice."""
import subprocess

from django import forms
from django.http import HttpResponse


class PingForm(forms.Form):
    count = forms.IntegerField(min_value=1, max_value=5)
    mode = forms.ChoiceField(choices=[("4", "IPv4"), ("6", "IPv6")])
    host = forms.CharField(max_length=253)


def ping(request):
    form = PingForm(request.POST)
    if not form.is_valid():
        return HttpResponse("bad request", status=400)
    data = form.cleaned_data
    out = subprocess.check_output(  # expect: PW-CMDI:11
        "ping -%s -c %s %s" % (data["mode"], data["count"], data["host"]),
        shell=True,
    )
    return HttpResponse(out, content_type="text/plain")


def ping_count(request):
    form = PingForm(request.POST)
    if form.is_valid():
        n = form.cleaned_data.get("count")
        mode = form.cleaned_data["mode"]
        out = subprocess.check_output("ping -" + mode + " -c " + str(n) + " localhost", shell=True)
        return HttpResponse(out, content_type="text/plain")
    return HttpResponse("bad request", status=400)


def ping_host(request):
    form = PingForm(request.POST)
    if form.is_valid():
        out = subprocess.check_output("ping -c 1 " + form.cleaned_data["host"], shell=True)  # expect: PW-CMDI:15
        return HttpResponse(out, content_type="text/plain")
    return HttpResponse("bad request", status=400)
