"""Generators hand on what they yield; a classmethod's arguments start after the class."""
import jsonpickle
import yaml
from fastapi import FastAPI, Request

app = FastAPI()


def documents(text):
    for chunk in text.split("\n---\n"):
        if chunk.strip():
            yield chunk


class Snapshot:
    def __init__(self, state):
        self.state = state

    @classmethod
    def from_text(cls, text):
        return cls(jsonpickle.decode(text))  # expect: PW-UNSAFE-DESERIALIZATION:20

    @staticmethod
    def parse(text):
        return yaml.unsafe_load(text)  # expect: PW-UNSAFE-DESERIALIZATION:16


@app.post("/import")
async def import_docs(request: Request):
    text = (await request.body()).decode("utf-8")
    loaded = [yaml.unsafe_load(doc) for doc in documents(text)]  # expect: PW-UNSAFE-DESERIALIZATION:15
    return {"count": len(loaded)}


@app.post("/snapshot")
async def snapshot(request: Request):
    body = (await request.body()).decode("utf-8")
    Snapshot.from_text(body)
    Snapshot.parse(body)
    return {"ok": True}
