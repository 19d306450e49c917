"""An argv list a method builds: its program is the constant every return of the method starts with."""
import logging
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, jsonify, request

bp = Blueprint("media", __name__)
log = logging.getLogger(__name__)
ROOT = Path("/srv/media")
CONVERT = "/usr/bin/convert"
SIZE = re.compile(r"[1-9][0-9]{1,3}x[1-9][0-9]{1,3}")
NAME = re.compile(r"[a-z0-9_-]{1,64}[.]png")


@dataclass(frozen=True)
class Job:
    source: str
    size: str

    @property
    def output(self):
        return f"{Path(self.source).stem}_{self.size}.webp"


class Thumbnailer:
    def __init__(self, root):
        self.root = root

    def argv(self, job):
        src = self.root / job.source
        return [CONVERT, str(src), "-thumbnail", job.size, str(self.root / job.output)]

    def shell_argv(self, job):
        return ["sh", "-c", "convert " + str(self.root / job.source)]

    def render(self, job):
        argv = self.argv(job)
        log.info("thumbnail for %s", job.source)
        return subprocess.run(argv, capture_output=True, timeout=30).returncode

    def render_in_shell(self, job):
        argv = self.shell_argv(job)
        return subprocess.run(argv, capture_output=True, timeout=30).returncode  # expect: PW-CMDI:16


@bp.post("/thumbs")
def thumbs():
    payload = request.get_json(silent=True) or {}
    source = str(payload.get("source", ""))
    size = str(payload.get("size", "320x240"))
    if not NAME.fullmatch(source) or not SIZE.fullmatch(size):
        return jsonify(error="invalid"), 400
    job = Job(source=source, size=size)
    Thumbnailer(ROOT).render(job)
    Thumbnailer(ROOT).render_in_shell(Job(source=payload.get("raw", ""), size=size))
    return jsonify(ok=True)
