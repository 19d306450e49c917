"""FastAPI parameters used as Jinja2 template source."""
from fastapi import FastAPI, Request
from jinja2 import Environment, Template

app = FastAPI()
env = Environment(autoescape=True)


@app.get("/render")
async def render(tpl: str):
    Template(tpl).render(site="example")  # expect: PW-SSTI:5
    return {"status": "ok"}


@app.post("/render2")
async def render2(request: Request):
    body = await request.json()
    env.from_string(body["template"]).render()  # expect: PW-SSTI:5
    return {"status": "ok"}
