from django.apps import AppConfig


class I18nConfig(AppConfig):
    """The admin in Vietnamese where a translation catalogue cannot reach: text
    that Wagtail writes into templates and forms without marking it for
    translation. The catalogue itself lives in locale/ (LOCALE_PATHS)."""

    name = "cms.i18n"
    label = "i18n"
    verbose_name = "Tiếng Việt cho trang quản trị"
