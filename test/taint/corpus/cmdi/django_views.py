"""Django function and class-based views building shell commands from request data."""
import os
import subprocess

from django.http import HttpResponse, JsonResponse
from django.views import View


def whois(request):
    domain = request.GET["domain"]
    subprocess.run("whois " + domain, shell=True)  # expect: PW-CMDI:5
    return HttpResponse("ok")


def render_thumbnail(request):
    size = request.POST.get("size", "64x64")
    os.system(f"convert in.png -resize {size} out.png")  # expect: PW-CMDI:5
    return HttpResponse("ok")


def restart_service(request, service):
    os.popen("service %s restart" % service)  # expect: PW-CMDI:5
    return JsonResponse({"ok": True})


def agent_probe(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    subprocess.call("echo " + agent + " >> agents.txt", shell=True)  # expect: PW-CMDI:5
    return HttpResponse("ok")


class BuildView(View):
    def get(self, request, pk):
        subprocess.check_call(f"make build-{pk}", shell=True)  # expect: PW-CMDI:9
        return HttpResponse("built")

    def post(self, request, pk):
        branch = request.COOKIES.get("branch", "main")
        subprocess.Popen("git checkout " + branch, shell=True)  # expect: PW-CMDI:9
        return HttpResponse("switched")
