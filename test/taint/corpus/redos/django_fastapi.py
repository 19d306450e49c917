"""Django and FastAPI handlers using request data as regular expressions."""
import re

from django.http import HttpResponse
from fastapi import FastAPI

api = FastAPI()
CORPUS = "lorem ipsum dolor sit amet"


def dj_grep(request):
    pattern = request.GET["q"]
    re.search(pattern, CORPUS)  # expect: PW-REDOS:5
    return HttpResponse("ok")


def dj_rule(request, rule):
    re.compile(rule)  # expect: PW-REDOS:5
    return HttpResponse("ok")


@api.get("/grep")
async def grep(q: str):
    re.compile(q)  # expect: PW-REDOS:5
    return {"status": "ok"}
