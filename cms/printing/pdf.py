"""A ``PrintDocument`` as an A4 PDF, made with fpdf2 (pure Python: no system
libraries to install) and the DejaVu Sans fonts kept beside this module, so
that every Vietnamese letter prints the same on any server. fpdf2 embeds only
the glyphs a document uses."""

import datetime
import io
import logging
import re
import unicodedata
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .document import (
    Figure,
    Heading,
    ListItem,
    Note,
    Paragraph,
    PrintDocument,
    Quote,
    Run,
)

logger = logging.getLogger(__name__)

FONTS = Path(__file__).parent / "fonts"
FAMILY = "DejaVuSans"
MARGIN = 18  # mm, all round
BODY_SIZE = 11
LINE = 5.6  # mm, for the body size
MAX_LIST_DEPTH = 4
FIGURE_DPI = 150  # never print a photo larger than this makes it
FIGURE_MAX_HEIGHT = 150  # mm
GREY = (90, 90, 90)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
# Control characters have no glyph; a line break is kept.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    """Text as the font draws it: composed (an editor's text pasted with
    combining marks would print them beside the letter), without control
    characters."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text or ""))


def vn_datetime(moment: datetime.datetime | None) -> str:
    """ "Thứ Năm, 24/08/2023 08:30", in the moment's own time zone (the API
    gives Vietnam's)."""
    if moment is None:
        return ""
    return f"{WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y %H:%M}"


class _Pdf(FPDF):
    def __init__(self, document: PrintDocument):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.document = document
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=True, margin=MARGIN)
        self.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
        self.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
        self.add_font(FAMILY, "I", FONTS / "DejaVuSans-Oblique.ttf")
        # No bold oblique is kept: bold carries the emphasis.
        self.add_font(FAMILY, "BI", FONTS / "DejaVuSans-Bold.ttf")

    def footer(self):
        self.set_y(-MARGIN + 6)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*GREY)
        half = self.epw / 2
        self.cell(half, 4, clean(self.document.portal_name))
        self.cell(half, 4, f"Trang {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def render_pdf(document: PrintDocument) -> bytes:
    pdf = _Pdf(document)
    pdf.set_title(clean(document.title))
    pdf.set_author(clean(document.author or document.portal_name))
    pdf.set_creator(clean(document.portal_name))
    pdf.set_lang("vi")
    moment = document.modified or document.date
    if moment is not None:
        pdf.set_creation_date(moment)
    pdf.add_page()
    _heading(pdf, document)
    previous = None
    for block in document.blocks:
        if isinstance(previous, ListItem) and not isinstance(block, ListItem):
            pdf.ln(2)  # a list ends as a paragraph does
        _block(pdf, block)
        previous = block
    _signature(pdf, document)
    _source(pdf, document)
    return bytes(pdf.output())


def _text(pdf, size, text, style="", colour=None, h=None, align="L"):
    pdf.set_font(FAMILY, style, size)
    if colour:
        pdf.set_text_color(*colour)
    pdf.multi_cell(
        0,
        h or size * 0.5,
        clean(text),
        align=align,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)


def _heading(pdf, document):
    _text(pdf, 9, document.portal_name, colour=GREY, h=4.5)
    pdf.set_draw_color(*GREY)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.ln(4)
    if document.kind:
        _text(pdf, 9, document.kind.upper(), "B", GREY, h=5)
    _text(pdf, 18, document.title, "B", h=8.5)
    if document.date:
        pdf.ln(1)
        _text(pdf, 9.5, vn_datetime(document.date), colour=GREY, h=5)
    pdf.ln(3)
    if document.lead:
        _text(pdf, BODY_SIZE + 0.5, document.lead, "B", h=LINE + 0.2)
        pdf.ln(3)


def _runs(pdf, runs: list[Run], size=BODY_SIZE, h=LINE):
    for run in runs:
        style = ("B" if run.bold else "") + ("I" if run.italic else "")
        pdf.set_font(FAMILY, style, size)
        pdf.write(h, clean(run.text))
    pdf.ln(h)


def _block(pdf, block):
    if isinstance(block, Paragraph):
        _runs(pdf, block.runs)
        pdf.ln(2.2)
    elif isinstance(block, Heading):
        if pdf.get_y() + 20 > pdf.page_break_trigger:
            pdf.add_page()  # not a heading alone at the foot of a page
        pdf.ln(1.5)
        _text(pdf, {2: 14, 3: 12.5}.get(block.level, 11.5), block.text, "B", h=7)
        pdf.ln(1)
    elif isinstance(block, ListItem):
        # Deeper lists stop indenting: the column must keep room for text.
        indent = 6 * min(block.depth, MAX_LIST_DEPTH)
        left = pdf.l_margin
        pdf.set_x(left + indent - 5)
        pdf.set_font(FAMILY, "", BODY_SIZE)
        pdf.cell(5, LINE, block.marker)
        pdf.set_left_margin(left + indent)
        _runs(pdf, block.runs)
        pdf.set_left_margin(left)
        pdf.ln(1)
    elif isinstance(block, Quote):
        left, top, page = pdf.l_margin, pdf.get_y(), pdf.page
        pdf.set_left_margin(left + 6)
        pdf.set_x(left + 6)
        _text(pdf, BODY_SIZE, block.text, "I", h=LINE)
        if block.attribution:
            _text(pdf, 9.5, "— " + block.attribution, colour=GREY, h=5)
        pdf.set_left_margin(left)
        if pdf.page == page:  # a bar beside it, as on the site
            pdf.set_draw_color(*GREY)
            pdf.set_line_width(0.8)
            pdf.line(left + 1.5, top, left + 1.5, pdf.get_y())
            pdf.set_line_width(0.2)
        pdf.ln(2.2)
    elif isinstance(block, Figure):
        _figure(pdf, block)
    elif isinstance(block, Note):
        _text(pdf, 9.5, block.text, "I", GREY, h=5)
        pdf.ln(2)


def _figure(pdf, figure: Figure):
    if figure.jpeg and figure.width > 0 and figure.height > 0:
        width = min(pdf.epw, figure.width * 25.4 / FIGURE_DPI)
        height = width * figure.height / figure.width
        if height > FIGURE_MAX_HEIGHT:
            width, height = width * FIGURE_MAX_HEIGHT / height, FIGURE_MAX_HEIGHT
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()
        try:
            pdf.image(io.BytesIO(figure.jpeg), x=pdf.l_margin, w=width, h=height)
        except Exception:
            # A broken file must not lose the reader the article.
            logger.warning("A photo could not be placed in a PDF", exc_info=True)
        pdf.ln(1.5)
    caption = figure.caption
    if figure.credit:
        caption = (
            f"{caption} (Ảnh: {figure.credit})" if caption else f"Ảnh: {figure.credit}"
        )
    if caption:
        _text(pdf, 9.5, caption, "I", GREY, h=4.8)
    pdf.ln(3)


def _signature(pdf, document):
    if document.author:
        _text(pdf, BODY_SIZE, document.author, "B", h=LINE, align="R")
    if document.unit:
        _text(pdf, 9.5, document.unit, colour=GREY, h=5, align="R")


def _source(pdf, document):
    pdf.ln(5)
    pdf.set_draw_color(*GREY)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)
    _text(pdf, 9, f"Nguồn: {document.portal_name}", colour=GREY, h=4.6)
    pdf.set_font(FAMILY, "", 9)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(
        0,
        4.6,
        clean(document.source_url),
        link=document.source_url,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
