"""A method of the class a view's helper method returns, kept in a class field set through
type(self): the request parameter still reaches the XPath query."""
from django.http import JsonResponse
from django.views import View
from lxml import etree

CATALOG_PATH = "/srv/data/catalog.xml"


class ProductLookup:
    def __init__(self, path):
        self.tree = etree.parse(path)  # expect: PW-XML-UNSAFE:21

    def by_sku(self, sku):
        query = "//product[@sku='%s']" % sku
        return self.tree.xpath(query)  # expect: PW-XPATH-INJECTION:16

    def by_id(self, product_id):
        return self.tree.xpath("//product[@id=$id]", id=product_id)


class ProductView(View):
    lookup = None

    def get_lookup(self):
        if self.lookup is None:
            type(self).lookup = ProductLookup(CATALOG_PATH)
        return self.lookup

    def get(self, request):
        sku = request.GET.get("sku", "").strip()
        nodes = self.get_lookup().by_sku(sku)
        return JsonResponse({"count": len(nodes)})

    def post(self, request):
        nodes = self.get_lookup().by_id(request.POST["id"])
        return JsonResponse({"count": len(nodes)})
