"""Endpoint parameters restricted to a closed set of values that FastAPI checks first."""
import enum
import os
import subprocess
from typing import Literal

from fastapi import FastAPI

app = FastAPI()


class Report(str, enum.Enum):
    daily = "daily.txt"
    weekly = "weekly.txt"


@app.get("/run")
def run(mode: Literal["uptime", "date"] = "date"):
    return {"out": subprocess.run(mode, shell=True, capture_output=True, text=True).stdout}


@app.get("/report")
def report(kind: Report):
    os.system("cat /srv/reports/" + kind.value)
    return {"ok": True}
