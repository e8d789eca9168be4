"""StreamField bodies for readers: rich text as sanitised HTML whose internal
links point at reader-site paths, and the other blocks as plain data, which
the block serializers (api/serializers.py) present.

Works from the body's raw data, so that a whole body costs a fixed number of
queries (one per kind of thing it refers to: linked pages, images, documents,
embeds), and so that nothing is fetched from the network or rendered while
answering a reader: a video's embed HTML comes from Wagtail's embed cache,
filled when the editor added the video.
"""

from dataclasses import dataclass
from html import escape

import nh3
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.rich_text.rewriters import FIND_A_TAG, LinkRewriter, extract_attrs

from cms.core.models import reader_pages, reader_path_for
from cms.images.models import CustomImage, private_collections
from cms.officialdocs.models import DocumentPage

RICH_TEXT_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "em",
    "h2",
    "h3",
    "h4",
    "i",
    "li",
    "ol",
    "p",
    "strong",
    "ul",
}
EMBED_TAGS = {"div", "iframe"}
EMBED_ATTRIBUTES = {
    "iframe": {
        "allow",
        "allowfullscreen",
        "frameborder",
        "height",
        "referrerpolicy",
        "src",
        "title",
        "width",
    },
    "div": set(),
}


def sanitise_rich_text(html: str) -> str:
    return nh3.clean(
        html,
        tags=RICH_TEXT_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto", "tel"},
    )


def sanitise_embed(html: str) -> str:
    return nh3.clean(
        html, tags=EMBED_TAGS, attributes=EMBED_ATTRIBUTES, url_schemes={"https"}
    )


def _int_ids(values) -> set[int]:
    return {int(value) for value in values if str(value).isdigit()}


# The blocks readers get, each with what it refers to already resolved.


@dataclass
class Paragraph:
    html: str


@dataclass
class Image:
    image: CustomImage
    caption: str
    credit: str


@dataclass
class Quote:
    text: str
    attribution: str


@dataclass
class Video:
    url: str
    embed_html: str | None
    caption: str


@dataclass
class Attachment:
    title: str
    url: str
    extension: str
    size: int | None


@dataclass
class DocumentCitation:
    document: object  # an official document page (cms/officialdocs)


class BodyRenderer:
    """Turns the raw data of one or more bodies into the API's blocks."""

    def __init__(self, request, site):
        self.request = request
        self.site = site

    def render(self, raw_blocks: list[dict]) -> list:
        blocks = [
            block
            for block in raw_blocks or []
            if isinstance(block, dict) and isinstance(block.get("value"), str | dict)
        ]
        self._load(blocks)
        answer = []
        for block in blocks:
            rendered = getattr(self, f"_{block.get('type')}", None)
            item = rendered(block["value"]) if rendered else None
            if item is not None:
                answer.append(item)
        return answer

    # Loading what the blocks refer to, one query per kind ---------------------

    def _load(self, blocks):
        sources = [b["value"] for b in blocks if b.get("type") == "paragraph"]
        values = [b["value"] for b in blocks if isinstance(b["value"], dict)]
        links = [
            extract_attrs(match.group(1))
            for source in sources
            if isinstance(source, str)
            for match in FIND_A_TAG.finditer(source)
        ]
        page_ids = _int_ids(a.get("id") for a in links if a.get("linktype") == "page")
        document_ids = _int_ids(
            [a.get("id") for a in links if a.get("linktype") == "document"]
            + [v.get("document") for v in values if "document" in v]
        )
        image_ids = _int_ids(v.get("image") for v in values if "image" in v)
        cited_ids = _int_ids(
            b["value"].get("document")
            for b in blocks
            if b.get("type") == "official_document" and isinstance(b["value"], dict)
        )
        video_urls = [
            v["video"] for v in values if isinstance(v.get("video"), str) and v["video"]
        ]

        self.pages = {}
        if page_ids:
            pages = (
                reader_pages()
                .visible_to_readers()
                .in_site(self.site)
                .filter(pk__in=page_ids)
            )
            self.pages = {page.pk: page for page in pages.only("pk", "url_path")}
        self.documents = {}
        if document_ids:
            documents = (
                get_document_model()
                .objects.filter(pk__in=document_ids)
                .exclude(collection__in=private_collections())
            )
            self.documents = {document.pk: document for document in documents}
        self.images = {}
        if image_ids:
            self.images = (
                CustomImage.objects.visible_to_readers()
                .prefetch_reader_renditions()
                .in_bulk(image_ids)
            )
        self.cited = {}
        if cited_ids:
            self.cited = (
                DocumentPage.objects.for_readers(self.site)
                .for_summaries()
                .in_bulk(cited_ids)
            )
        self.embeds = {}
        if video_urls:
            hashes = {get_embed_hash(url): url for url in video_urls}
            self.embeds = {
                hashes[embed.hash]: embed
                for embed in Embed.objects.filter(hash__in=hashes)
            }

    # Blocks ------------------------------------------------------------------

    def _paragraph(self, source):
        if not isinstance(source, str):
            return None
        rewriter = LinkRewriter(
            rules={"page": self._page_link, "document": self._document_link}
        )
        return Paragraph(html=sanitise_rich_text(rewriter(source)))

    def _page_link(self, attrs):
        page = self.pages.get(next(iter(_int_ids([attrs.get("id")])), None))
        if page is None:
            # A link to a page readers may not see becomes plain text.
            return "<a>"
        return f'<a href="{escape(reader_path_for(page.url_path))}">'

    def _document_link(self, attrs):
        document = self.documents.get(next(iter(_int_ids([attrs.get("id")])), None))
        if document is None:
            return "<a>"
        return f'<a href="{escape(self.request.build_absolute_uri(document.url))}">'

    def _image(self, value):
        image = self.images.get(next(iter(_int_ids([value.get("image")])), None))
        if image is None:
            return None
        return Image(
            image=image,
            caption=value.get("caption") or image.caption,
            credit=value.get("credit") or image.credit,
        )

    def _quote(self, value):
        return Quote(
            text=str(value.get("text") or ""),
            attribution=str(value.get("attribution") or ""),
        )

    def _video(self, value):
        url = value.get("video")
        if not isinstance(url, str) or not url:
            return None
        embed = self.embeds.get(url)
        return Video(
            url=url,
            embed_html=sanitise_embed(embed.html) if embed and embed.html else None,
            caption=str(value.get("caption") or ""),
        )

    def _attachment(self, value):
        document = self.documents.get(
            next(iter(_int_ids([value.get("document")])), None)
        )
        if document is None:
            return None
        return Attachment(
            title=value.get("title") or document.title,
            url=self.request.build_absolute_uri(document.url),
            extension=document.file_extension,
            size=document.file_size,
        )

    def _official_document(self, value):
        document = self.cited.get(next(iter(_int_ids([value.get("document")])), None))
        if document is None:
            return None  # a draft, expired or another portal's: not cited
        return DocumentCitation(document=document)
