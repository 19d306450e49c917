"""The user authenticate() reads from the database is not request data: its fields may go to the
session."""
from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View

from .models import Team


class SignInView(View):
    def post(self, request):
        user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
        if user is None:
            return JsonResponse({"ok": False}, status=401)
        login(request, user)
        request.session["display_name"] = user.get_full_name() or user.username
        team = get_object_or_404(Team, slug=request.POST["team"])
        request.session["team_name"] = team.name
        return JsonResponse({"ok": True})
