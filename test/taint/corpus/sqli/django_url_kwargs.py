"""Django URL kwargs: function view (request, slug) and class-based view get(self, request, pk)."""
from django.db import connection, models
from django.http import HttpResponse
from django.views import View


class Article(models.Model):
    slug = models.SlugField()


def article_detail(request, slug):
    rows = Article.objects.raw(f"SELECT * FROM app_article WHERE slug = '{slug}'")  # expect: PW-SQLI:12
    list(rows)
    return HttpResponse("article")


class ArticleStatsView(View):
    def get(self, request, pk):
        with connection.cursor() as cursor:
            cursor.execute("SELECT views FROM stats WHERE article_id = %s" % pk)  # expect: PW-SQLI:13
        return HttpResponse("stats")

    def post(self, request, pk):
        label = request.POST.get("label", "")
        with connection.cursor() as cursor:
            cursor.execute("UPDATE stats SET label = '{}' WHERE article_id = 1".format(label))  # expect: PW-SQLI:13
        return HttpResponse("updated")
