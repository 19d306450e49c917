"""Request data reaching files in Quart, Sanic, Falcon and Litestar handlers, and through aiofiles."""
import os

import aiofiles
import falcon
from litestar import get
from litestar.di import Provide
from quart import Quart, request, send_file
from sanic import Sanic, response
from werkzeug.utils import secure_filename

app = Quart(__name__)
sanic_app = Sanic("files")
ROOT = "/srv/files"


@app.get("/download")
async def download():
    name = request.args.get("name", "")
    return await send_file(os.path.join(ROOT, name))  # expect: PW-PATH-TRAVERSAL:@send_file


@app.get("/download-safe")
async def download_safe():
    name = secure_filename(request.args.get("name", ""))
    return await send_file(os.path.join(ROOT, name))


@app.post("/notes")
async def save_note():
    form = await request.form
    async with aiofiles.open(os.path.join(ROOT, form["title"]), "w") as fh:  # expect: PW-PATH-TRAVERSAL:@aiofiles.open
        await fh.write(form["body"])
    return "saved"


@sanic_app.get("/report")
async def report(request):
    period = request.args.get("period")
    return await response.file(f"{ROOT}/reports/{period}.csv")  # expect: PW-PATH-TRAVERSAL:@response.file


@sanic_app.get("/report/<year:int>")
async def yearly(request, year: int):
    return await response.file(f"{ROOT}/reports/{year}.csv")


class ExportResource:
    def on_get(self, req, resp):
        name = req.get_param("file")
        with open(os.path.join(ROOT, name), "rb") as fh:  # expect: PW-PATH-TRAVERSAL:@open
            resp.data = fh.read()

    def on_get_item(self, req, resp, item_id):
        with open(os.path.join(ROOT, item_id), "rb") as fh:  # expect: PW-PATH-TRAVERSAL:@open
            resp.data = fh.read()

    def on_get_fixed(self, req, resp):
        with open(os.path.join(ROOT, "index.json"), "rb") as fh:
            resp.data = fh.read()


class Storage:
    def __init__(self, root):
        self.root = root

    def load(self, document):
        with open(os.path.join(self.root, document), "rb") as fh:  # expect: PW-PATH-TRAVERSAL:@open
            return fh.read()


def provide_storage():
    return Storage(ROOT)


@get("/invoices", dependencies={"storage": Provide(provide_storage)})
async def invoice(document: str, storage: Storage) -> bytes:
    return storage.load(document)


api = falcon.App()
api.add_route("/export", ExportResource())
