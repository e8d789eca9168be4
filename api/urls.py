from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerView,
)

from . import printing, views

app_name = "api"

urlpatterns = [
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path(
        "articles/<int:id>/", views.ArticleDetailView.as_view(), name="article-detail"
    ),
    path(
        "articles/<int:id>/pdf/", printing.ArticlePdfView.as_view(), name="article-pdf"
    ),
    path("photo-stories/", views.PhotoStoryListView.as_view(), name="photo-story-list"),
    path(
        "photo-stories/<int:id>/",
        views.PhotoStoryDetailView.as_view(),
        name="photo-story-detail",
    ),
    path(
        "photo-stories/<int:id>/pdf/",
        printing.PhotoStoryPdfView.as_view(),
        name="photo-story-pdf",
    ),
    path("pages/by-path/", views.PageByPathView.as_view(), name="page-by-path"),
    path("sections/", views.SectionListView.as_view(), name="section-list"),
    path("tags/<str:slug>/", views.TagDetailView.as_view(), name="tag-detail"),
    path("site/", views.SiteView.as_view(), name="site"),
    path("organisation/", views.OrganisationView.as_view(), name="organisation"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("portals/", views.PortalListView.as_view(), name="portal-list"),
    path("documents/", views.DocumentListView.as_view(), name="document-list"),
    path(
        "documents/facets/",
        views.DocumentFacetsView.as_view(),
        name="document-facets",
    ),
    path(
        "documents/<int:id>/",
        views.DocumentDetailView.as_view(),
        name="document-detail",
    ),
    path(
        "documents/<int:id>/pdf/",
        printing.DocumentPdfView.as_view(),
        name="document-pdf",
    ),
    path("preview/", views.PreviewView.as_view(), name="preview"),
    path("stats/", include("api.stats.urls")),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
    path(
        "docs/redoc/",
        SpectacularRedocView.as_view(url_name="api:schema"),
        name="redoc",
    ),
]
