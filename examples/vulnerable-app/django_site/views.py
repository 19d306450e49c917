"""Django views of the demo site. Deliberately vulnerable: see README.md."""

import json

from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt


def search_invoices(request):
    with connection.cursor() as cursor:
        # SQL injection through %-formatting.
        cursor.execute("SELECT id, customer, total FROM invoices WHERE customer = '%s'" % request.GET["q"])
        rows = cursor.fetchall()
    return JsonResponse({"results": rows})


def invoice_detail(request, pk):
    with connection.cursor() as cursor:
        # SAFE: the driver binds the parameter.
        cursor.execute("SELECT id, customer, total FROM invoices WHERE id = %s", [pk])
        row = cursor.fetchone()
    return JsonResponse({"invoice": row})


def greet(request):
    name = request.GET.get("name", "guest")
    # Reflected XSS: user input written straight into HTML.
    return HttpResponse("<p>Welcome back, " + name + "</p>")


def banner(request):
    message = request.GET.get("msg", "")
    # mark_safe turns off Django's auto-escaping for attacker-controlled text.
    return HttpResponse(mark_safe(f"<div class='banner'>{message}</div>"))


@csrf_exempt
def payment_webhook(request):
    # CSRF protection disabled and the payload is not authenticated.
    event = json.loads(request.body)
    return JsonResponse({"received": event.get("type", "unknown")})
