"""FastAPI / Starlette RedirectResponse with request-controlled URLs."""
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from starlette.responses import RedirectResponse as StarletteRedirect

app = FastAPI()


@app.get("/continue")
async def continue_to(url: str):
    return RedirectResponse(url)  # expect: PW-OPEN-REDIRECT:12


@app.get("/callback")
async def callback(request: Request):
    dest = request.query_params.get("return_to", "/")
    return StarletteRedirect(url=dest, status_code=303)  # expect: PW-OPEN-REDIRECT:12
