"""aiohttp class-based views read the request through self.request."""
from aiohttp import web

FORMULA = "amount * rate + fee"
RATES = {"standard": 0.05, "premium": 0.03}


class Commission(web.View):
    async def get(self):
        tier = self.request.query.get("tier", "standard")
        scope = {"amount": float(self.request.query.get("amount", "0")), "rate": RATES.get(tier, 0.05), "fee": 0.3}
        value = eval(FORMULA, {"__builtins__": {}}, scope)
        return web.json_response({"value": value})

    async def post(self):
        body = await self.request.json()
        value = eval(body["formula"], {"__builtins__": {}}, {})  # expect: PW-CODE-INJECTION:17
        return web.json_response({"value": value})

    async def put(self):
        expression = self.request.match_info["expr"]
        exec(expression)  # expect: PW-CODE-INJECTION:9
        return web.Response(text="ok")


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_view("/commission", Commission)
    return app
