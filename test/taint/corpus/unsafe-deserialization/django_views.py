"""Django views deserializing request bodies, cookies and uploads."""
import base64
import pickle

import yaml
from django.http import HttpResponse
from django.views import View


def restore(request):
    pickle.loads(request.body)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return HttpResponse("ok")


def prefs(request):
    raw = request.COOKIES.get("prefs", "")
    pickle.loads(base64.b64decode(raw))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return HttpResponse("ok")


def settings_upload(request):
    doc = request.FILES["settings"].read()
    yaml.load(doc, Loader=yaml.Loader)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return HttpResponse("ok")


class SnapshotView(View):
    def post(self, request, pk):
        snapshot = request.POST["snapshot"]
        pickle.loads(bytes.fromhex(snapshot))  # expect: PW-UNSAFE-DESERIALIZATION:9
        return HttpResponse("ok")
