from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "cms.portal"
    label = "portal"
    verbose_name = "Cổng thông tin"
