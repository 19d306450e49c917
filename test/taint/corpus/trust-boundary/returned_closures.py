"""A session writer made by a function and called later with request data."""
from fastapi import FastAPI, Request

app = FastAPI()


def session_writer(request):
    def write(key, value):
        request.session[key] = value  # expect: PW-TRUST-BOUNDARY:9

    return write


@app.post("/nickname")
async def nickname(request: Request, name: str):
    write = session_writer(request)
    write("nickname", name)
    return {"saved": True}


@app.post("/visited")
async def visited(request: Request):
    write = session_writer(request)
    write("visited", True)
    return {"saved": True}
