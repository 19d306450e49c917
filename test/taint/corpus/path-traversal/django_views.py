"""Django views: GET/POST values and URL kwargs used as file paths."""
import os

from django.http import FileResponse, HttpResponse
from django.views import View

MEDIA_ROOT = "/srv/media"


def invoice_pdf(request):
    name = request.GET["invoice"]
    return FileResponse(open(os.path.join(MEDIA_ROOT, name), "rb"))  # expect: PW-PATH-TRAVERSAL:25


def delete_attachment(request, filename):
    os.remove(MEDIA_ROOT + "/attachments/" + filename)  # expect: PW-PATH-TRAVERSAL:5
    return HttpResponse("deleted")


def save_profile(request):
    handle = request.POST.get("handle", "anon")
    with open(f"{MEDIA_ROOT}/profiles/{handle}.json", "w") as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.write("{}")
    return HttpResponse("saved")


def store_upload(request):
    upload = request.FILES["doc"]
    with open(os.path.join(MEDIA_ROOT, upload.name), "wb") as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.write(b"")
    return HttpResponse("stored")


class ExportView(View):
    def get(self, request, pk):
        with open("/srv/exports/" + pk + ".csv") as fh:  # expect: PW-PATH-TRAVERSAL:14
            fh.read()
        return HttpResponse("exported")
