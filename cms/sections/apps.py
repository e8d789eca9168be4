from django.apps import AppConfig


class SectionsConfig(AppConfig):
    name = "cms.sections"
    label = "sections"
    verbose_name = "Chuyên mục"
