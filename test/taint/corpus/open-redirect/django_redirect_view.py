"""Django RedirectView subclasses: what get_redirect_url returns is where the browser goes."""
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import RedirectView
from django.views.generic.base import RedirectView as BaseRedirectView


class ExternalLinkView(RedirectView):
    permanent = False

    def get_redirect_url(self, *args, **kwargs):
        url = self.request.GET.get("u")
        if url:
            return url  # expect: PW-OPEN-REDIRECT:20
        return super().get_redirect_url(*args, **kwargs)


class NextView(BaseRedirectView):
    def get_redirect_url(self, *args, **kwargs):
        return "/landing?next=" + self.request.GET["next"]


class TargetView(RedirectView):
    def get_redirect_url(self, *args, **kwargs):
        return kwargs["target"]  # expect: PW-OPEN-REDIRECT:16


class CheckedView(RedirectView):
    def get_redirect_url(self, *args, **kwargs):
        url = self.request.GET.get("u", "")
        if url_has_allowed_host_and_scheme(url, allowed_hosts={self.request.get_host()}):
            return url
        return reverse("home")


class NamedView(RedirectView):
    def get_redirect_url(self, *args, **kwargs):
        return reverse("profile", kwargs={"pk": kwargs["pk"]})


class Helper:
    def get_redirect_url(self, request):
        # not a view: its return value is not a redirect
        return request.GET.get("u")
