from django.apps import AppConfig


class PhotostoriesConfig(AppConfig):
    name = "cms.photostories"
    label = "photostories"
    verbose_name = "Tin ảnh"
