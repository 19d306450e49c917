"""A JSON body is parsed, not evaluated: the strings in it are still the sender's."""
import json

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def run_job(request):
    data = json.loads(request.body or b"{}")
    scope = {"results": []}
    exec(data.get("script", "results.append(1)"), scope)  # expect: PW-CODE-INJECTION:5
    return JsonResponse({"results": scope["results"]})
