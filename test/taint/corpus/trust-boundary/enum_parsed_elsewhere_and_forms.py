"""A parser function one call hands something other than an Enum; a Django form's cleaned data."""
from enum import Enum

from django import forms
from django.shortcuts import redirect
from django.views.generic import FormView
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config


class Density(str, Enum):
    COMFORTABLE = "comfortable"
    COMPACT = "compact"


def parse_choice(kind, raw):
    return kind(raw.lower())


@view_config(route_name="preferences", request_method="POST")
def preferences(request):
    density = parse_choice(Density, request.POST.get("density", ""))
    label = parse_choice(str, request.POST.get("label", ""))
    request.session["density"] = density  # expect: PW-TRUST-BOUNDARY:5
    request.session["label"] = label  # expect: PW-TRUST-BOUNDARY:5
    return HTTPFound(location="/")


class PlanForm(forms.Form):
    tier = forms.CharField(max_length=32)


class PlanView(FormView):
    form_class = PlanForm
    template_name = "plan.html"

    def form_valid(self, form):
        self.request.session["tier"] = form.cleaned_data["tier"]  # expect: PW-TRUST-BOUNDARY:9
        return redirect("payment")
