"""Litestar handler parameters named in `dependencies` are the application's, not the request's."""
from litestar import Litestar, get
from litestar.di import Provide

REPORTS = "/srv/reports/latest.csv"


def report_path() -> str:
    return REPORTS


@get("/reports/latest", dependencies={"path": Provide(report_path)})
async def latest(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


@get("/reports/archive")
async def archive(archive_path: str) -> bytes:
    with open(archive_path, "rb") as fh:
        return fh.read()


app = Litestar(route_handlers=[latest, archive], dependencies={"archive_path": Provide(report_path)})
