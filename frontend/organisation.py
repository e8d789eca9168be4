"""The organisation pages Decree 42/2022/NĐ-CP requires: the agency's units
with their functions and duties, its responsible officials and contacts, in
Vietnamese (/co-cau-to-chuc/) and in English (/en/organisation/). Data comes
from the API's /organisation/ only."""

from flask import Blueprint, Response, render_template

from . import json_ld
from .api import cms
from .config import reader_config

bp = Blueprint("organisation", __name__)

PATHS = {"vi": "/co-cau-to-chuc/", "en": "/en/organisation/"}


@bp.get(PATHS["vi"])
def organisation_vi():
    return _organisation("vi", "organisation.html")


@bp.get(PATHS["en"])
def organisation_en():
    return _organisation("en", "organisation_en.html")


def _organisation(lang: str, template: str) -> Response:
    answer = cms().organisation(lang)
    base = reader_config().frontend_url
    html = render_template(
        template,
        organisation=answer,
        canonical=base + PATHS[lang],
        alternates={code: base + path for code, path in PATHS.items()},
        json_ld=json_ld.government_organization(answer, base + PATHS[lang], lang=lang),
        # Visits are counted per CMS page (the hit API knows no other path).
        track=False,
        noindex=False,
        preview=False,
        current_path=None,
    )
    return Response(html)


def tel_href(phone: str) -> str:
    """A phone number as written ("0209 3 851 234") as a tel: link."""
    return "tel:" + "".join(c for c in phone if c.isdigit() or c == "+")


bp.add_app_template_filter(tel_href, "tel_href")
