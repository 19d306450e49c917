"""Pydantic bodies declared with Annotated[Model, Body()]: closed fields are checked, strings are not."""
import os
from typing import Annotated

from fastapi import Body, FastAPI
from pydantic import BaseModel

app = FastAPI()


class Job(BaseModel):
    name: str
    workers: int
    verbose: bool = False


@app.post("/jobs")
def start(job: Annotated[Job, Body()]):
    os.system("run-job --workers " + str(job.workers))
    os.system("run-job --verbose=" + str(job.verbose))
    os.system("run-job --name " + job.name)  # expect: PW-CMDI:5
    return {"started": True}
