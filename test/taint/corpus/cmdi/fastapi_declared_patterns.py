"""FastAPI parameters declared with a pattern the framework checks before the endpoint runs."""
import subprocess
from typing import Annotated

from fastapi import FastAPI, Path, Query

app = FastAPI()


@app.get("/list")
def listing(sort: str = Query("name", pattern="^(name|date|size)$")):
    subprocess.run(f"ls --sort={sort}", shell=True)
    return {}


@app.get("/user/{name}")
def user(name: Annotated[str, Path(regex=r"^[a-z0-9_]{1,32}$")]):
    subprocess.run("id " + name, shell=True)
    return {}


@app.get("/file")
def file(name: str = Query(..., pattern=r"^[\w.-]+$")):
    # no shell metacharacter passes (`..` does: path traversal is judged on its own)
    subprocess.run("cat " + name, shell=True)
    return {}


@app.get("/files")
def files(names: str = Query(..., pattern=r"^[\w .;-]+$")):
    subprocess.run("cat " + names, shell=True)  # expect: PW-CMDI:5
    return {}


@app.get("/grep")
def grep(term: str = Query(..., pattern="[a-z]+")):
    subprocess.run("grep " + term + " app.log", shell=True)  # expect: PW-CMDI:5
    return {}


@app.get("/echo")
def echo(text: str = Query(..., pattern="^.*$")):
    subprocess.run("echo " + text, shell=True)  # expect: PW-CMDI:5
    return {}
