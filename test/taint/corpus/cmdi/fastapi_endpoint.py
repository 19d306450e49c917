"""FastAPI endpoint parameters and Request attributes in shell commands."""
import os
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/hosts/{host}")
async def check_host(host: str, count: str = "1"):
    os.system(f"ping -c {count} {host}")  # expect: PW-CMDI:5
    return {"status": "ok"}


@app.get("/dig")
async def dig(request: Request):
    name = request.query_params["name"]
    subprocess.run("dig +short " + name, shell=True)  # expect: PW-CMDI:5
    return {"status": "ok"}


@app.post("/jobs")
async def run_job(request: Request):
    payload = await request.json()
    subprocess.Popen(payload["command"], shell=True)  # expect: PW-CMDI:5
    return {"status": "queued"}


@app.get("/open-mode")
def open_mode(mode: str = "date"):
    return {"out": subprocess.run(mode, shell=True, capture_output=True, text=True).stdout}  # expect: PW-CMDI:@subprocess.run
