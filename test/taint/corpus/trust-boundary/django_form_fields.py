"""What a Django form's fields clean to, in the form_valid hook of an editing view."""
from enum import Enum

from django import forms
from django.shortcuts import redirect
from django.views.generic import FormView


class Currency(str, Enum):
    EUR = "EUR"
    USD = "USD"


class PreferencesForm(forms.Form):
    currency = forms.CharField(max_length=3)
    seats = forms.IntegerField(min_value=1, max_value=500)
    plan = forms.ChoiceField(choices=[("basic", "Basic"), ("pro", "Pro")])
    nickname = forms.CharField(max_length=32)

    def clean_currency(self):
        return Currency(self.cleaned_data["currency"].upper())


class PreferencesView(FormView):
    form_class = PreferencesForm
    template_name = "preferences.html"

    def form_valid(self, form):
        data = form.cleaned_data
        self.request.session["currency"] = data["currency"].value
        self.request.session["seats"] = data["seats"]
        self.request.session["plan"] = form.cleaned_data["plan"]
        self.request.session["nickname"] = data["nickname"]  # expect: PW-TRUST-BOUNDARY:9
        return redirect("next")
