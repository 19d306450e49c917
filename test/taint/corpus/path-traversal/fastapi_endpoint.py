"""FastAPI path/query parameters and Request data used as file paths."""
import os
from pathlib import Path

from fastapi import FastAPI, Request

app = FastAPI()
DATA = "/srv/data"


@app.get("/files/{file_path:path}")
async def read_file(file_path: str):
    with open(os.path.join(DATA, file_path)) as fh:  # expect: PW-PATH-TRAVERSAL:10
        fh.read()
    return {"status": "ok"}


@app.get("/logs")
async def read_log(name: str = "app.log"):
    Path(DATA, "logs", name).read_text()  # expect: PW-PATH-TRAVERSAL:5
    return {"status": "ok"}


@app.delete("/cache")
async def clear_cache(request: Request):
    key = request.query_params["key"]
    os.unlink(f"{DATA}/cache/{key}")  # expect: PW-PATH-TRAVERSAL:5
    return {"status": "ok"}
