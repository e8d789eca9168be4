#!/usr/bin/env python3
"""Build the project's Vietnamese catalogues for the admin.

Django looks in LOCALE_PATHS before the apps' own catalogues, so the files
written here complete (and, where our newsroom words differ, replace) Wagtail's
Vietnamese translation. Sources, in rising precedence:

1. every message of every Wagtail app: the English catalogues Wagtail ships
   (django.po and djangojs.po per app) say what there is to translate;
2. Wagtail's own Vietnamese translation, where it has one;
3. ours, in locale/translations/<domain>/*.po. These may also fill gaps in the
   Vietnamese of other packages whose messages editors meet in the admin
   (Django's forms, dates and password rules, taggit): those are checked
   against the packages' English catalogues the same way.

Output: locale/vi/LC_MESSAGES/{django,djangojs}.{po,mo}. The .mo files are
committed, so that a deployment needs no gettext tools.

The build fails when a translation would break at runtime or drift from the
newsroom glossary: placeholders (%(name)s, %s, {name}) or HTML tags that differ
from the msgid's, leading or trailing newlines that differ, a word that
docs/glossary.md says to avoid, the same message translated twice, or a
translation for a message that none of those packages has (any more).

    python locale/tools/build_catalog.py            write the catalogues
    python locale/tools/build_catalog.py --check    fail if they are out of date
    python locale/tools/build_catalog.py --todo     write batch templates of the
                                                    messages still untranslated
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "locale"
OUTPUT_DIR = LOCALE_DIR / "vi" / "LC_MESSAGES"
TRANSLATIONS_DIR = LOCALE_DIR / "translations"
GLOSSARY = ROOT / "docs" / "glossary.md"
DOMAINS = ("django", "djangojs")
# Packages besides Wagtail whose messages show up in the admin and whose own
# Vietnamese has gaps: Django's form validation, dates ("2 phút trước") and
# password rules, and the tag field.
OTHER_PACKAGES = (
    "django.conf",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "taggit",
)
# Wagtail's admin uses django.contrib.humanize's filters ("3 giây trước")
# without it being an installed app, so Django never loads its catalogue: ours
# carries all of it, its own Vietnamese included.
CARRIED_PACKAGES = ("django.contrib.humanize",)

HEADER = {
    "Project-Id-Version": "newsroom-cms",
    "Language": "vi",
    "Language-Team": "Vietnamese",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}

# %(name)s, %s, %d, %.1f, %% ...
PRINTF = re.compile(r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc%]")
# {name}, {0}, {} (str.format and the JavaScript client's interpolation)
BRACES = re.compile(r"\{[\w.]*\}")
HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


class BuildError(Exception):
    pass


@dataclass
class Message:
    """One message to translate, as Wagtail declares it."""

    msgctxt: str | None
    msgid: str
    msgid_plural: str = ""
    flags: list[str] = field(default_factory=list)
    apps: list[str] = field(default_factory=list)
    own_vi: str = ""  # the package's own Vietnamese, if any
    occurrences: list[tuple[str, str]] = field(default_factory=list)
    carried: bool = False  # from CARRIED_PACKAGES: ours even when not translated

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)


@dataclass
class Translation:
    msgctxt: str | None
    msgid: str
    msgid_plural: str
    msgstr: str
    origin: str  # file and line, for error messages

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)


def wagtail_dir() -> Path:
    import wagtail

    return Path(wagtail.__file__).resolve().parent


def app_name(po_path: Path, base: Path) -> str:
    """wagtail/contrib/forms/locale/en/... -> wagtail.contrib.forms"""
    parts = po_path.relative_to(base.parent).parts
    return ".".join(parts[: parts.index("locale")])


def shown(path: Path) -> str:
    """A path for messages: relative to the project when it is inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def entry_text(entry: polib.POEntry) -> str:
    if entry.msgid_plural:
        return entry.msgstr_plural.get(0, "")
    return entry.msgstr


def read_catalogues(messages: dict, english: Path, package: str, prefix: str):
    """Add the messages of one English catalogue, with the same package's own
    Vietnamese, to ``messages`` (first come, first kept)."""
    vietnamese = {}
    vi_path = english.parents[2] / "vi" / "LC_MESSAGES" / english.name
    if vi_path.exists():
        for entry in polib.pofile(str(vi_path)):
            if entry.obsolete or "fuzzy" in entry.flags:
                continue
            if text := entry_text(entry):
                vietnamese[(entry.msgctxt, entry.msgid)] = text
    for entry in polib.pofile(str(english)):
        if entry.obsolete or not entry.msgid:
            continue
        key = (entry.msgctxt, entry.msgid)
        message = messages.setdefault(
            key,
            Message(
                entry.msgctxt,
                entry.msgid,
                entry.msgid_plural,
                [f for f in entry.flags if f.endswith("-format")],
            ),
        )
        message.apps.append(package)
        message.occurrences += [(f"{prefix}/{f}", n) for f, n in entry.occurrences]
        if not message.own_vi and key in vietnamese:
            message.own_vi = vietnamese[key]


def collect_sources(domain: str) -> dict[tuple, Message]:
    """Every message of every Wagtail app in one gettext domain, in a stable
    order, with Wagtail's own Vietnamese where it has one."""
    base = wagtail_dir()
    messages: dict[tuple, Message] = {}
    for english in sorted(base.glob(f"**/locale/en/LC_MESSAGES/{domain}.po")):
        app = app_name(english, base)
        read_catalogues(messages, english, app, app.replace(".", "/"))
    return messages


def collect_other_sources(domain: str) -> dict[tuple, Message]:
    """The messages of OTHER_PACKAGES, with their own Vietnamese."""
    messages: dict[tuple, Message] = {}
    for package in OTHER_PACKAGES + CARRIED_PACKAGES:
        folder = Path(importlib.import_module(package).__file__).parent
        english = folder / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if english.exists():
            read_catalogues(messages, english, package, package.replace(".", "/"))
    for message in messages.values():
        message.carried = any(app in CARRIED_PACKAGES for app in message.apps)
    return messages


def load_translations(domain: str) -> tuple[dict[tuple, Translation], list[str]]:
    """Our translations, from every batch file of the domain."""
    translations: dict[tuple, Translation] = {}
    errors = []
    for path in sorted((TRANSLATIONS_DIR / domain).glob("*.po")):
        rel = shown(path)
        for entry in polib.pofile(str(path)):
            if entry.obsolete or not entry.msgid:
                continue
            text = entry_text(entry)
            if not text or "fuzzy" in entry.flags:
                continue  # not translated yet
            origin = f"{rel}:{entry.linenum}"
            key = (entry.msgctxt, entry.msgid)
            if key in translations:
                other = translations[key].origin
                errors.append(f"{origin}: {entry.msgid!r} also translated at {other}")
                continue
            translations[key] = Translation(
                entry.msgctxt,
                entry.msgid,
                entry.msgid_plural,
                text,
                origin,
            )
    return translations, errors


def placeholder_problems(msgid: str, msgstr: str) -> list[str]:
    """What a translation changed that it must keep: named placeholders and
    HTML tags as sets, positional placeholders in order, edge newlines."""
    problems = []
    ref_printf, got_printf = PRINTF.findall(msgid), PRINTF.findall(msgstr)
    named = Counter(p for p in ref_printf if p.startswith("%("))
    got_named = Counter(p for p in got_printf if p.startswith("%("))
    if named != got_named:
        problems.append(f"placeholders {sorted(named)} != {sorted(got_named)}")
    positional = [p for p in ref_printf if not p.startswith("%(")]
    got_positional = [p for p in got_printf if not p.startswith("%(")]
    if positional != got_positional:
        problems.append(f"placeholders {positional} != {got_positional}")
    if Counter(BRACES.findall(msgid)) != Counter(BRACES.findall(msgstr)):
        problems.append(
            f"placeholders {BRACES.findall(msgid)} != {BRACES.findall(msgstr)}"
        )
    if Counter(HTML_TAG.findall(msgid)) != Counter(HTML_TAG.findall(msgstr)):
        problems.append(
            f"HTML tags {HTML_TAG.findall(msgid)} != {HTML_TAG.findall(msgstr)}"
        )
    for edge, test in (("leading", str.startswith), ("trailing", str.endswith)):
        if test(msgid, "\n") != test(msgstr, "\n"):
            problems.append(f"{edge} newline differs")
    return problems


def avoided_words() -> dict[str, str]:
    """Words the glossary tells translators not to use, from the "Tránh dùng"
    column of docs/glossary.md: avoided word -> the glossary's term."""
    avoided = {}
    columns = None
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            columns = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if columns is None:
            columns = cells
            continue
        if set("".join(cells)) <= set("-: "):
            continue
        row = dict(zip(columns, cells, strict=False))
        for word in row.get("Tránh dùng", "").split(","):
            word = word.strip().strip("*_`").strip()
            if word and word != "—":
                avoided[word.lower()] = row.get("Tiếng Việt", "")
    return avoided


def glossary_problems(msgstr: str, avoided: dict[str, str]) -> list[str]:
    lowered = msgstr.lower()
    return [
        f"uses {word!r}, the glossary says {term!r}"
        for word, term in avoided.items()
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered)
    ]


def check(msgid: str, msgid_plural: str, msgstr: str, avoided) -> list[str]:
    # Vietnamese has one plural form: msgstr[0] serves every count, so it must
    # carry the general (plural) form's placeholders.
    return placeholder_problems(msgid_plural or msgid, msgstr) + glossary_problems(
        msgstr, avoided
    )


def entry_for(message: Message, text: str) -> polib.POEntry:
    entry = polib.POEntry(
        msgctxt=message.msgctxt,
        msgid=message.msgid,
        comment=", ".join(message.apps),
        flags=list(message.flags),
    )
    if message.msgid_plural:
        entry.msgid_plural = message.msgid_plural
        entry.msgstr_plural = {0: text}
    else:
        entry.msgstr = text
    return entry


def build(domain: str) -> tuple[polib.POFile, dict]:
    """The merged catalogue for one domain, and figures about it."""
    sources = collect_sources(domain)
    others = collect_other_sources(domain)
    translations, errors = load_translations(domain)
    avoided = avoided_words()

    catalogue = polib.POFile(wrapwidth=79)
    catalogue.metadata = dict(HEADER)
    stats = Counter(messages=len(sources))

    def checked(message: Message, text: str, origin: str):
        ours = translations.get(message.key)
        if ours is not None and ours.msgid_plural != message.msgid_plural:
            errors.append(f"{origin}: msgid_plural differs from the package's")
        for problem in check(message.msgid, message.msgid_plural, text, avoided):
            errors.append(f"{origin}: {problem}")

    # Every Wagtail message, translated by us or else by Wagtail.
    for key, message in sources.items():
        ours = translations.get(key)
        text = ours.msgstr if ours is not None else message.own_vi
        if ours is not None:
            stats["ours"] += 1
        elif text:
            stats["wagtail"] += 1
        if text:
            origin = ours.origin if ours is not None else f"Wagtail vi ({key[1]!r})"
            checked(message, text, origin)
        catalogue.append(entry_for(message, text))

    # Other packages' messages only where we translate them: the rest comes
    # from their own catalogues (except for the carried packages').
    for key, ours in translations.items():
        if key not in sources and key not in others:
            errors.append(
                f"{ours.origin}: neither Wagtail nor {', '.join(OTHER_PACKAGES)}"
                f" has the message {ours.msgid!r} (any more); delete it"
            )
    for key, message in others.items():
        if key in sources:
            continue
        ours = translations.get(key)
        text = ours.msgstr if ours is not None else ""
        if not text and message.carried:
            text = message.own_vi
        if not text:
            continue
        origin = ours.origin if ours is not None else f"{message.apps[0]} vi"
        stats["other"] += 1
        checked(message, text, origin)
        catalogue.append(entry_for(message, text))

    if errors:
        raise BuildError("\n".join(errors))
    stats["translated"] = stats["ours"] + stats["wagtail"]
    return catalogue, stats


def outputs(domain: str, catalogue: polib.POFile) -> dict[Path, bytes]:
    return {
        OUTPUT_DIR / f"{domain}.po": str(catalogue).encode("utf-8") + b"\n",
        OUTPUT_DIR / f"{domain}.mo": catalogue.to_binary(),
    }


def write_batches(folder: Path, stem: str, todo: list[Message], size: int):
    numbers = [
        int(p.stem.rpartition("-")[2])
        for p in folder.glob(f"{stem}*.po")
        if p.stem.rpartition("-")[2].isdigit()
    ]
    start = max(numbers, default=0) + 1
    written = []
    for offset in range(0, len(todo), size):
        batch = polib.POFile(wrapwidth=79)
        batch.metadata = dict(HEADER)
        for message in todo[offset : offset + size]:
            entry = entry_for(message, "")
            if message.own_vi:
                entry.tcomment = f"Existing: {message.own_vi}"
            # Where it is used, to translate in context.
            entry.occurrences = message.occurrences[:3]
            batch.append(entry)
        path = folder / f"{stem}{start + offset // size:02d}.po"
        batch.save(str(path))
        written.append(path)
    return written


def write_todo(domain: str, batch_size: int) -> list[Path]:
    """Batch templates of the messages that nobody has translated yet."""
    translations, _ = load_translations(domain)
    folder = TRANSLATIONS_DIR / domain
    folder.mkdir(parents=True, exist_ok=True)
    # Wagtail's Vietnamese goes in as a note, not as the answer: it predates
    # the glossary and is uneven ("Phê chuẩn", "Luồng công việc", "văn bản").
    wagtail = [m for k, m in collect_sources(domain).items() if k not in translations]
    # Other packages' Vietnamese is used as it is; only their gaps are to do.
    others = [
        m
        for k, m in collect_other_sources(domain).items()
        if k not in translations and not m.own_vi
    ]
    return write_batches(folder, "", wagtail, batch_size) + write_batches(
        folder, "others-", others, batch_size
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="fail if out of date")
    group.add_argument("--todo", action="store_true", help="write batch templates")
    parser.add_argument("--batch-size", type=int, default=150)
    args = parser.parse_args(argv)

    if args.todo:
        for domain in DOMAINS:
            for path in write_todo(domain, args.batch_size):
                print(f"wrote {shown(path)}")
        return 0

    stale = []
    for domain in DOMAINS:
        try:
            catalogue, stats = build(domain)
        except BuildError as error:
            print(f"{domain}: the build failed:\n{error}", file=sys.stderr)
            return 1
        share = stats["translated"] / stats["messages"] if stats["messages"] else 1
        print(
            f"{domain}: {stats['translated']} of {stats['messages']} Wagtail"
            f" messages translated ({share:.1%}; ours {stats['ours']}, Wagtail's"
            f" {stats['wagtail']}), and {stats['other']} of other packages"
        )
        for path, content in outputs(domain, catalogue).items():
            if args.check:
                if not path.exists() or path.read_bytes() != content:
                    stale.append(shown(path))
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)
    if stale:
        print(
            "Out of date: " + ", ".join(map(str, stale)) + "."
            " Run: python locale/tools/build_catalog.py",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
