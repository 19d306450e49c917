"""The list and create actions of a REST framework ViewSet are handlers like retrieve and update."""
from django.db import connection
from rest_framework import viewsets
from rest_framework.response import Response


class ProductViewSet(viewsets.ViewSet):
    def list(self, request):
        term = request.query_params.get("q", "")
        with connection.cursor() as cursor:
            cursor.execute("SELECT id FROM product WHERE name LIKE '%" + term + "%'")  # expect: PW-SQLI:13
            return Response(cursor.fetchall())

    def create(self, request):
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO product (name) VALUES (%s)", [request.data.get("name")])
        return Response(status=201)
