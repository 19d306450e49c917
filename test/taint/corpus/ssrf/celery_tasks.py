"""Request data handed to Celery tasks (`delay`, `apply_async`) that fetch URLs."""
import os

import requests
from celery import shared_task
from flask import Flask, request

app = Flask(__name__)
INVENTORY_API = os.environ.get("INVENTORY_API", "https://inventory.internal")


@shared_task
def fetch_preview(url):
    return requests.get(url, timeout=5).text  # expect: PW-SSRF:@requests.get


@shared_task(bind=True, max_retries=3)
def notify(self, hook, payload):
    requests.post(hook, json=payload, timeout=5)  # expect: PW-SSRF:@requests.post


@shared_task
def refresh_item(sku):
    return requests.get(f"{INVENTORY_API}/items/{sku}", timeout=5).json()


@app.post("/preview")
def preview():
    fetch_preview.delay(request.form["url"])
    return "queued"


@app.post("/hooks")
def hooks():
    notify.apply_async(args=[request.json["hook"], {"event": "ping"}])
    return "queued"


@app.post("/items/<sku>/refresh")
def refresh(sku):
    refresh_item.delay(sku)
    return "queued"
