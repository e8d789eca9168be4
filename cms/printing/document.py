"""A page as it is printed: what the PDF shows, in reading order."""

import datetime
from dataclasses import dataclass, field


@dataclass
class Run:
    """A piece of text in one style."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    runs: list[Run]


@dataclass
class Heading:
    text: str
    level: int = 2


@dataclass
class ListItem:
    runs: list[Run]
    marker: str = "•"
    depth: int = 1


@dataclass
class Quote:
    text: str
    attribution: str = ""


@dataclass
class Figure:
    """A photo, as JPEG bytes of a print-friendly size, with its caption and
    credit. ``jpeg`` is None when the photo is left out (over the limits, or
    its file is missing): the caption is still printed."""

    jpeg: bytes | None
    width: int
    height: int
    caption: str = ""
    credit: str = ""


@dataclass
class Note:
    """A line in small print: a video or a file that paper cannot hold."""

    text: str


@dataclass
class PrintDocument:
    title: str
    portal_name: str
    source_url: str
    date: datetime.datetime | None = None
    lead: str = ""
    blocks: list = field(default_factory=list)
    author: str = ""
    unit: str = ""
    # The label of the kind of page, e.g. "Tin ảnh", printed above the title.
    kind: str = ""
    # When the content last changed: the PDF's own date, so that the same
    # content always gives the same bytes (and the same ETag).
    modified: datetime.datetime | None = None
