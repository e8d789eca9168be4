"""Rich text (HTML the API has already sanitised) flattened for print:
paragraphs, headings, list items and quotes, each a list of styled runs.
Links keep their text; anything else keeps its text only."""

import re
from html.parser import HTMLParser

from .document import Heading, ListItem, Paragraph, Quote, Run

_SPACES = re.compile(r"\s+")
_BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote"}
_BOLD = {"b", "strong"}
_ITALIC = {"i", "em"}


class _Flattener(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.runs: list[Run] = []
        self.kind = "p"
        self.bold = 0
        self.italic = 0
        # One entry per open list: its kind and the next number.
        self.lists: list[list] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BOLD:
            self.bold += 1
        elif tag in _ITALIC:
            self.italic += 1
        elif tag == "br":
            self.runs.append(Run("\n"))
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists.append([tag, 1])
        elif tag in _BLOCKS:
            self.flush()
            self.kind = tag

    def handle_endtag(self, tag):
        if tag in _BOLD:
            self.bold = max(0, self.bold - 1)
        elif tag in _ITALIC:
            self.italic = max(0, self.italic - 1)
        elif tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data):
        text = _SPACES.sub(" ", data)
        if text.strip() or (self.runs and text):
            self.runs.append(Run(text, bold=self.bold > 0, italic=self.italic > 0))

    def flush(self):
        runs = _trimmed(self.runs)
        kind, self.kind, self.runs = self.kind, "p", []
        if not runs:
            return
        if kind in ("h2", "h3", "h4"):
            self.blocks.append(Heading("".join(r.text for r in runs), int(kind[1])))
        elif kind == "blockquote":
            self.blocks.append(Quote("".join(r.text for r in runs)))
        elif kind == "li" or self.lists:
            marker = "•"
            if self.lists and self.lists[-1][0] == "ol":
                marker = f"{self.lists[-1][1]}."
                self.lists[-1][1] += 1
            self.blocks.append(ListItem(runs, marker, max(1, len(self.lists))))
        else:
            self.blocks.append(Paragraph(runs))


def _trimmed(runs: list[Run]) -> list[Run]:
    """Runs without the spaces at either end (line breaks inside stay)."""
    runs = [run for run in runs if run.text]
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0] = Run(runs[0].text.lstrip(), runs[0].bold, runs[0].italic)
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].bold, runs[-1].italic)
    return runs


def flatten(html: str) -> list:
    """The blocks of ``html``, in order."""
    parser = _Flattener()
    parser.feed(html or "")
    parser.close()
    parser.flush()
    return parser.blocks
