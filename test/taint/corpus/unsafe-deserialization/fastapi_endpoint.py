"""FastAPI endpoints deserializing parameters and request bodies."""
import base64
import pickle

import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/restore")
async def restore(request: Request):
    body = await request.body()
    pickle.loads(body)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return {"status": "ok"}


@app.get("/state/{blob}")
async def state(blob: str):
    pickle.loads(base64.b64decode(blob))  # expect: PW-UNSAFE-DESERIALIZATION:5
    return {"status": "ok"}


@app.get("/yaml")
async def parse_yaml(doc: str = ""):
    yaml.unsafe_load(doc)  # expect: PW-UNSAFE-DESERIALIZATION:5
    return {"status": "ok"}
