"""Wagtail's admin messages, and whether each one reaches an editor in Vietnamese.

The list of messages comes from Wagtail itself (the English catalogue of every
Wagtail app, server side and JavaScript), not from our translations, so that a
message Wagtail adds in an upgrade counts as untranslated until we translate it.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

import polib
import wagtail
from django.urls import reverse
from django.utils import translation

# Messages whose Vietnamese is the English word itself: names and abbreviations
# that Vietnamese editors use as they are. Kept short on purpose: anything else
# that comes back unchanged is untranslated.
SAME_IN_VIETNAMESE = {"Email", "ID", "URL"}

PLACEHOLDER_OR_TAG = re.compile(
    r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifr%]|\{[\w.]*\}|<[^<>]+>"
)


@dataclass(frozen=True)
class Message:
    domain: str
    msgctxt: str | None
    msgid: str
    msgid_plural: str


def wagtail_messages() -> list[Message]:
    base = Path(wagtail.__file__).resolve().parent
    seen = {}
    for path in sorted(base.glob("**/locale/en/LC_MESSAGES/*.po")):
        domain = path.stem
        for entry in polib.pofile(str(path)):
            if entry.obsolete or not entry.msgid:
                continue
            key = (domain, entry.msgctxt, entry.msgid)
            seen.setdefault(
                key, Message(domain, entry.msgctxt, entry.msgid, entry.msgid_plural)
            )
    return list(seen.values())


def nothing_to_translate(text: str) -> bool:
    """Only placeholders, tags and punctuation, e.g. "%(field_label)s:"."""
    return not re.search(r"[^\W\d_]", PLACEHOLDER_OR_TAG.sub("", text))


def counts_as_vietnamese(message: Message, results: list[str]) -> bool:
    english = [message.msgid, message.msgid_plural or message.msgid]
    if all(r != e for r, e in zip(results, english, strict=True)):
        return True
    return message.msgid in SAME_IN_VIETNAMESE or nothing_to_translate(message.msgid)


def server_side_results(message: Message) -> list[str]:
    """What Django's gettext gives for the message in Vietnamese: for plurals,
    the forms for one and for several."""
    with translation.override("vi"):
        if message.msgid_plural:
            if message.msgctxt:
                return [
                    translation.npgettext(
                        message.msgctxt, message.msgid, message.msgid_plural, n
                    )
                    for n in (1, 5)
                ]
            return [
                translation.ngettext(message.msgid, message.msgid_plural, n)
                for n in (1, 5)
            ]
        if message.msgctxt:
            return [translation.pgettext(message.msgctxt, message.msgid)] * 2
        return [translation.gettext(message.msgid)] * 2


def served_js_catalogue(client) -> dict:
    """The catalogue that the admin's JavaScript loads, as Wagtail serves it."""
    response = client.get(reverse("wagtailadmin_javascript_catalog"))
    assert response.status_code == 200
    source = response.content.decode()
    match = re.search(
        r"const newcatalog = (\{.*?\});\n\s*for \(const key", source, re.DOTALL
    )
    assert match, "the JavaScript catalogue carries no messages"
    return json.loads(match[1])


def js_results(message: Message, catalogue: dict) -> list[str]:
    """What the admin client's gettext/ngettext gives (django.catalog lookup)."""
    key = f"{message.msgctxt}\x04{message.msgid}" if message.msgctxt else message.msgid
    value = catalogue.get(key)
    if value is None:
        return [message.msgid, message.msgid_plural or message.msgid]
    if isinstance(value, list):
        # Vietnamese has one plural form (plural=0): every count takes value[0].
        return [value[0], value[0]]
    return [value, value]


@dataclass
class Coverage:
    total: int
    translated: int
    missing: list[Message]

    @property
    def share(self) -> float:
        return self.translated / self.total if self.total else 0.0


def measure(client) -> Coverage:
    messages = wagtail_messages()
    js_catalogue = served_js_catalogue(client)
    missing = []
    for message in messages:
        if message.domain == "djangojs":
            results = js_results(message, js_catalogue)
        else:
            results = server_side_results(message)
        if not counts_as_vietnamese(message, results):
            missing.append(message)
    return Coverage(len(messages), len(messages) - len(missing), missing)
