"""Functions FastAPI runs as background tasks take the arguments the view hands add_task."""
import shlex
import subprocess

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


def convert(name: str) -> None:
    subprocess.run(f"convert {name} out.png", shell=True)  # expect: PW-CMDI:5


def convert_quoted(name: str) -> None:
    subprocess.run(f"convert {shlex.quote(name)} out.png", shell=True)


@app.post("/convert")
def start(name: str, tasks: BackgroundTasks):
    tasks.add_task(convert, name)
    tasks.add_task(convert_quoted, name)
    return {"queued": True}
