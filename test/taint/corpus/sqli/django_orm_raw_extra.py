"""Raw SQL through the ORM of the project's own models: raw(), extra() and RawSQL."""
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Item


def raw_params(request):
    items = Item.objects.raw("SELECT * FROM items WHERE name = %s", [request.GET.get("q", "")])
    return JsonResponse({"n": len(list(items))})


def raw_formatted(request):
    q = request.GET.get("q", "")
    items = Item.objects.raw("SELECT * FROM items WHERE name = '%s'" % q)  # expect: PW-SQLI:13
    return JsonResponse({"n": len(list(items))})


def extra_where(request):
    q = request.GET.get("q", "")
    items = Item.objects.filter(active=True).extra(where=["name = '%s'" % q])  # expect: PW-SQLI:13
    return JsonResponse({"n": items.count()})


def extra_params(request):
    items = Item.objects.extra(where=["name = %s"], params=[request.GET.get("q", "")])
    return JsonResponse({"n": items.count()})


def raw_sql_params(request):
    items = Item.objects.annotate(v=RawSQL("SELECT %s", (request.GET.get("q", ""),)))
    return JsonResponse({"n": items.count()})
