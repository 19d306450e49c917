"""The hooks a Django generic view calls for each request read the request like its handlers."""
from django.db import connection
from django.views.generic import ListView, TemplateView


class OrderSearch(ListView):
    template_name = "orders.html"

    def get_queryset(self):
        ref = self.request.GET.get("ref", "")
        with connection.cursor() as cur:
            cur.execute("SELECT id FROM orders WHERE ref = '%s'" % ref)  # expect: PW-SQLI:13
            cur.execute("SELECT id FROM orders WHERE ref = %s", [ref])
            return cur.fetchall()


class Report(TemplateView):
    template_name = "report.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        with connection.cursor() as cur:
            cur.execute(f"SELECT * FROM reports WHERE slug = '{kwargs['slug']}'")  # expect: PW-SQLI:13
            context["rows"] = cur.fetchall()
        return context
