"""Structured data (schema.org JSON-LD) for search engines: the portal as a
WebSite with its search, each article and photo story as a NewsArticle."""

import json

from markupsafe import Markup

from . import formatting


def script_json(data: dict) -> Markup:
    """JSON for a <script type="application/ld+json"> block; "<" is escaped so
    that no text from the CMS can close the script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)  # noqa: S704 - JSON with markup characters escaped


def website(site: dict, base_url: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": site.get("name"),
        "url": base_url + "/",
        "inLanguage": "vi",
        "potentialAction": {
            "@type": "SearchAction",
            "target": base_url + "/tim-kiem/?q={search_term_string}",
            "query-input": "required name=search_term_string",
        },
    }


def news_article(
    data: dict, canonical: str, share: dict | None, site: dict | None
) -> dict:
    site = site or {}
    images = [share["url"]] if share else []
    if data.get("photos"):
        images += [
            s["url"]
            for s in (formatting.share_image(p.get("image")) for p in data["photos"])
            if s and s["url"] not in images
        ]
    publisher = {
        "@type": "Organization",
        "name": site.get("unit") or site.get("name"),
    }
    logo = formatting.share_image(site.get("logo"))
    if logo:
        publisher["logo"] = {"@type": "ImageObject", "url": logo["url"]}
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": data.get("title", "")[:110],
        "description": data.get("lead") or data.get("intro") or "",
        "datePublished": formatting.iso_datetime(data.get("date")),
        "dateModified": formatting.iso_datetime(
            data.get("last_published_at") or data.get("date")
        ),
        "mainEntityOfPage": canonical,
        "url": canonical,
        "inLanguage": "vi",
        "image": images,
        "publisher": publisher,
    }
    if data.get("author"):
        ld["author"] = [{"@type": "Person", "name": data["author"]}]
    elif data.get("unit"):
        ld["author"] = [{"@type": "Organization", "name": data["unit"]}]
    if data.get("section"):
        ld["articleSection"] = data["section"].get("title")
    if data.get("tags"):
        ld["keywords"] = ", ".join(t["name"] for t in data["tags"])
    return ld


def government_organization(answer: dict, url: str, lang: str = "vi") -> dict:
    """The portal's agency as a schema.org GovernmentOrganization, its units
    as departments and its officials as members."""
    portal = answer.get("portal") or {}
    ld = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": portal.get("unit") or portal.get("name"),
        "url": url,
        "inLanguage": lang,
    }
    if portal.get("address"):
        ld["address"] = portal["address"]
    if portal.get("phone"):
        ld["telephone"] = portal["phone"]
    if portal.get("email"):
        ld["email"] = portal["email"]
    departments, stack = [], list(answer.get("units") or [])
    while stack:
        unit = stack.pop(0)
        departments.append({"@type": "GovernmentOrganization", "name": unit["name"]})
        stack.extend(unit.get("children") or [])
    if departments:
        ld["department"] = departments
    members = []
    for official in answer.get("officials") or []:
        person = {
            "@type": "Person",
            "name": official["name"],
            "jobTitle": official["position"],
        }
        if official.get("phone"):
            person["telephone"] = official["phone"]
        if official.get("email"):
            person["email"] = official["email"]
        members.append(person)
    if members:
        ld["member"] = members
    return ld
