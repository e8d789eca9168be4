from django.urls import path

from . import views

urlpatterns = [
    path("", views.SiteFiguresView.as_view(), name="stats"),
    path("hits/", views.HitView.as_view(), name="stats-hits"),
    path("hit.gif", views.HitPixelView.as_view(), name="stats-hit-pixel"),
    path("most-read/", views.MostReadView.as_view(), name="stats-most-read"),
]
