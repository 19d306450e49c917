"""Django request.META, request.COOKIES, request.headers and request.body reaching SQL."""
import json

from django.db import connection
from django.http import HttpResponse


def sorted_listing(request):
    order = request.COOKIES["sort"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM listing ORDER BY " + order)  # expect: PW-SQLI:9
    return HttpResponse("ok")


def by_forwarded_host(request):
    host = request.META["HTTP_X_FORWARDED_HOST"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT site_id FROM sites WHERE host = '{host}'")  # expect: PW-SQLI:9
    return HttpResponse("ok")


def by_header(request):
    lang = request.headers.get("Accept-Language", "en")
    with connection.cursor() as cursor:
        cursor.execute("SELECT txt FROM strings WHERE lang = '%s'" % lang)  # expect: PW-SQLI:9
    return HttpResponse("ok")


def bulk_lookup(request):
    data = json.loads(request.body)
    key = data["key"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT value FROM kv WHERE key = '" + key + "'")  # expect: PW-SQLI:9
    return HttpResponse("ok")
