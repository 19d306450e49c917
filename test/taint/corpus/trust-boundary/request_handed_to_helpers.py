"""The request object handed to a helper or a constructor under another parameter name (`req`)."""
from django.http import HttpResponseRedirect, JsonResponse


def _extract_user(req):
    return req.headers.get("X-Remote-User", "")


class ReturnUrl:
    def __init__(self, req):
        self.value = req.GET.get("return_to", "/")

    def resolve(self):
        return self.value


def sso_entry(request):
    username = _extract_user(request)
    if not username:
        return JsonResponse({"error": "no user"}, status=401)
    request.session["authenticated_user"] = username  # expect: PW-TRUST-BOUNDARY:5
    request.session["is_staff"] = False
    return JsonResponse({"ok": True})


def logout(request):
    ru = ReturnUrl(request)
    return HttpResponseRedirect(ru.resolve())  # expect: PW-OPEN-REDIRECT:12


def fetch_with(req):
    # a helper no call hands the request: `req` is whatever its callers pass
    return req.headers.get("Accept", "")
