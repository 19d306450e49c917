"""Django and FastAPI handlers fetching request-controlled URLs."""
import httpx
import requests
from django.http import HttpResponse
from fastapi import FastAPI, Request

api = FastAPI()


def dj_avatar(request):
    requests.get(request.GET["avatar_url"], timeout=5)  # expect: PW-SSRF:5
    return HttpResponse("ok")


def dj_service(request, service):
    requests.get(f"http://{service}.internal/status", timeout=5)  # expect: PW-SSRF:5
    return HttpResponse("ok")


@api.get("/import")
async def import_feed(feed_url: str):
    async with httpx.AsyncClient() as client:
        await client.get(feed_url)  # expect: PW-SSRF:15
    return {"status": "ok"}


@api.post("/notify")
async def notify(request: Request):
    body = await request.json()
    requests.post(body["callback"], timeout=5)  # expect: PW-SSRF:5
    return {"status": "ok"}
