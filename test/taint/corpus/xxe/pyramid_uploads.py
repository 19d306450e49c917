"""An uploaded file read through the request's POST data, parsed with entities resolved."""
from lxml import etree
from pyramid.view import view_config

PARSER_OPTS = {"resolve_entities": True, "dtd_validation": False}


def make_parser(opts):
    return etree.XMLParser(**opts)


@view_config(route_name="kml", renderer="json", request_method="POST")
def kml_upload(request):
    upload = request.POST["file"].file.read()
    tree = etree.fromstring(upload, make_parser(PARSER_OPTS))  # expect: PW-XXE:12
    return {"count": len(list(tree.iter("{*}coordinates")))}


@view_config(route_name="gpx", renderer="json", request_method="POST")
def gpx_upload(request):
    tree = etree.parse(request.POST["file"].file, etree.XMLParser(resolve_entities=True))  # expect: PW-XXE:12
    return {"count": len(list(tree.iter()))}
