"""Django HttpResponseRedirect / redirect with request-controlled targets."""
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.views import View


def after_login(request):
    return HttpResponseRedirect(request.GET["next"])  # expect: PW-OPEN-REDIRECT:12


def after_logout(request):
    target = request.POST.get("next", "/")
    return redirect(target)  # expect: PW-OPEN-REDIRECT:12


class JumpView(View):
    def get(self, request, slug):
        return redirect("https://" + slug + ".example.com/")  # expect: PW-OPEN-REDIRECT:16
