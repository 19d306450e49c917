"""FastAPI/Starlette Response.headers set from endpoint parameters."""
from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/items/{item_id}")
async def read_item(item_id: str, response: Response):
    response.headers["X-Item"] = item_id  # expect: PW-HEADER-INJECTION:5
    return {"status": "ok"}
