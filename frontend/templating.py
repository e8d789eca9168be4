"""What templates get besides their view's context: the filters, the asset
URLs, and the chrome around every page (portal name, menu, statistics)."""

from flask import Flask, g

from . import formatting, json_ld, portals
from .api import cms, optional
from .assets import asset_url
from .config import DEFAULT_SITE_NAME, Config


def register_template_helpers(app: Flask, config: Config):
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters.update(
        vn_datetime=formatting.vn_datetime,
        vn_date=formatting.vn_date,
        iso_datetime=formatting.iso_datetime,
        rfc822=formatting.rfc822,
        vn_number=formatting.vn_number,
        image_sources=formatting.image_sources,
        share_image=formatting.share_image,
        snippet_html=formatting.snippet_html,
        json_ld=json_ld.script_json,
    )
    app.jinja_env.globals.update(
        asset=asset_url,
        reader=config,
        load_stats=load_stats,
        item_url=portals.item_url,
        item_portal_name=portals.elsewhere,
    )
    app.context_processor(chrome)


def chrome() -> dict:
    """What every page shows around its content: portal name, menu and footer,
    and the portal's address. Any of these may be missing when the API is down
    or the host is no portal's; error pages must still render, so failures here
    are never fatal."""
    if "chrome" not in g:
        client = cms()
        portal = portals.current_or_none()
        site = optional(client.site) if portal else None
        g.chrome = {
            "portal": portal,
            "base_url": portal.base_url if portal else "",
            "site": site,
            "site_name": (site or {}).get("name")
            or (portal.name if portal else "")
            or DEFAULT_SITE_NAME,
            "sections": (optional(client.sections) or []) if portal else [],
        }
    return g.chrome


def load_stats() -> dict | None:
    """Figures for the statistics box, asked for only by pages that show it. The
    statistics endpoint may be missing or down: the box then shows dashes."""
    if portals.current_or_none() is None:
        return None
    stats = optional(cms().stats)
    return stats if isinstance(stats, dict) else None
