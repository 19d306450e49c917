"""Django function views: request.GET values into Model.objects.raw and connection.cursor()."""
from django.db import connection, models
from django.http import HttpResponse


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.CharField(max_length=200)


def books_by_author(request):
    author = request.GET["author"]
    books = Book.objects.raw("SELECT * FROM app_book WHERE author = '%s'" % author)  # expect: PW-SQLI:13
    list(books)
    return HttpResponse("ok")


def books_by_title(request):
    title = request.GET.get("title", "")
    connection.cursor().execute(f"SELECT id FROM app_book WHERE title = '{title}'")  # expect: PW-SQLI:5
    return HttpResponse("ok")
