"""Django generic and REST framework views: URL values arrive in self.kwargs and in action parameters."""
from django.db import connection
from django.views.generic import DetailView, TemplateView
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.viewsets import ViewSet


class Page(TemplateView):
    template_name = "page.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        with connection.cursor() as c:
            c.execute("SELECT body FROM pages WHERE slug = '" + self.kwargs["slug"] + "'")  # expect: PW-SQLI:13
            c.execute("SELECT body FROM pages WHERE slug = %s", [self.kwargs["slug"]])
            c.execute("SELECT body FROM pages WHERE id = %d" % int(self.kwargs["id"]))
            c.execute("SELECT body FROM pages WHERE name = '%s'" % self.template_name)
        return ctx


class Article(DetailView):
    def get_object(self, queryset=None):
        with connection.cursor() as c:
            c.execute(f"SELECT * FROM articles WHERE slug = '{self.kwargs['slug']}'")  # expect: PW-SQLI:13
            return c.fetchone()


class Orders(ViewSet):
    def retrieve(self, request, pk=None):
        with connection.cursor() as c:
            c.execute("SELECT * FROM orders WHERE id = " + pk)  # expect: PW-SQLI:13
        return Response({})

    def list(self, request):
        with connection.cursor() as c:
            c.execute("SELECT * FROM orders WHERE status = '%s'" % request.query_params["status"])  # expect: PW-SQLI:13
            c.execute("SELECT * FROM orders WHERE status = %s", [request.query_params["status"]])
        return Response({})


@api_view(["GET"])
def search(request):
    with connection.cursor() as c:
        c.execute("SELECT * FROM items WHERE name LIKE '%" + request.query_params.get("q", "") + "%'")  # expect: PW-SQLI:9
    return Response({})
