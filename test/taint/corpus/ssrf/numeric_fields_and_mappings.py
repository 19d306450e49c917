"""Numbers formatted into a URL (`{order_id:d}`), and `get` on a mapping annotated as a dict: no
request goes where the caller says."""
import httpx
import requests
from flask import Flask, request

app = Flask(__name__)
BASE = "https://inventory.example.com/api"
REGION_ENDPOINTS = {"eu": "https://eu.status.example.com", "us": "https://us.status.example.com"}


class StatusClient:
    def __init__(self, endpoints: dict) -> None:
        self.endpoints = endpoints

    def summary(self, region: str):
        url = self.endpoints.get(region)
        if url is None:
            return None
        return requests.get(url, timeout=5).json()


client = StatusClient(REGION_ENDPOINTS)


@app.route("/orders/<order_id>")
def order(order_id):
    host = request.args.get("host", "inventory.example.com")
    r = httpx.get(f"{BASE}/v1/orders/{order_id:d}", timeout=5)
    s = httpx.get(f"https://{host}/v1/orders/{int(order_id):08x}", timeout=5)  # expect: PW-SSRF:9
    return {"order": r.json(), "other": s.status_code, "region": client.summary(request.args["region"])}
