from django.urls import path

from django_site import views

urlpatterns = [
    path("invoices/search", views.search_invoices),
    path("invoices/<int:pk>", views.invoice_detail),
    path("greet", views.greet),
    path("banner", views.banner),
    path("webhook", views.payment_webhook),
]
