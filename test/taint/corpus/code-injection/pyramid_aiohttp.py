"""Pyramid and aiohttp request data evaluated as code."""
from aiohttp import web
from pyramid.view import view_config


@view_config(route_name="expr", renderer="json")
def expr_view(request):
    eval(request.params["expr"])  # expect: PW-CODE-INJECTION:5
    return {"status": "ok"}


@view_config(route_name="run", renderer="json")
def run_view(request):
    snippet = request.matchdict["snippet"]
    exec(snippet)  # expect: PW-CODE-INJECTION:5
    return {"status": "ok"}


async def eval_handler(request):
    eval(request.query["q"])  # expect: PW-CODE-INJECTION:5
    return web.Response(text="ok")


async def exec_handler(request):
    code = request.match_info["code"]
    exec(code.replace("_", " "))  # expect: PW-CODE-INJECTION:5
    return web.Response(text="ok")


app = web.Application()
app.router.add_get("/eval", eval_handler)
app.router.add_get("/exec/{code}", exec_handler)
