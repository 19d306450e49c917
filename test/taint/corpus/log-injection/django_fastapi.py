"""Django and FastAPI handlers logging request data."""
import logging

from django.http import HttpResponse
from fastapi import FastAPI, Request

logger = logging.getLogger("web")
api = FastAPI()


def dj_search(request):
    logger.info("search: %s" % request.GET["q"])  # expect: PW-LOG-INJECTION:5
    return HttpResponse("ok")


def dj_item(request, slug):
    logger.warning("missing item " + slug)  # expect: PW-LOG-INJECTION:5
    return HttpResponse("ok")


@api.get("/items/{item_id}")
async def read_item(item_id: str):
    logger.error(f"item lookup {item_id}")  # expect: PW-LOG-INJECTION:5
    return {"status": "ok"}


@api.get("/ping")
async def ping(request: Request):
    logger.critical("ping from " + request.query_params["who"])  # expect: PW-LOG-INJECTION:5
    return {"status": "ok"}
