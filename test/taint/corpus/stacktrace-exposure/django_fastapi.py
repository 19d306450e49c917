"""Django and FastAPI handlers sending stack traces in responses."""
import traceback

from django.http import HttpResponse, JsonResponse
from fastapi import FastAPI
from fastapi.responses import JSONResponse

api = FastAPI()


def work():
    raise ValueError("bad state")


def dj_view(request):
    try:
        work()
    except Exception:
        return HttpResponse(traceback.format_exc(), status=500)  # expect: PW-STACKTRACE-EXPOSURE:16
    return HttpResponse("ok")


def dj_json(request):
    try:
        work()
    except Exception:
        return JsonResponse({"trace": traceback.format_exc()}, status=500)  # expect: PW-STACKTRACE-EXPOSURE:16
    return JsonResponse({"ok": True})


@api.get("/run")
async def run():
    try:
        work()
    except Exception:
        return JSONResponse({"trace": traceback.format_exc()}, status_code=500)  # expect: PW-STACKTRACE-EXPOSURE:16
    return {"status": "ok"}
