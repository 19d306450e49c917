"""Django POST data used in a cursor obtained through a `with` block."""
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def rename_group(request):
    new_name = request.POST["name"]
    group_id = request.POST.get("group")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE groups SET name = '" + new_name + "' WHERE id = " + group_id)  # expect: PW-SQLI:9
    return HttpResponse("renamed")


def upload_index(request):
    upload = request.FILES["sheet"]
    with connection.cursor() as cur:
        cur.execute("INSERT INTO uploads (name) VALUES ('%s')" % upload.name)  # expect: PW-SQLI:9
    return JsonResponse({"ok": True})
