from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "cms.articles"
    label = "articles"
    verbose_name = "Bài viết"
