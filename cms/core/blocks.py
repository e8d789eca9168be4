"""StreamField blocks for article bodies. Labels are in Vietnamese: editors see them."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "blockquote",
]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("label", "Đoạn văn")
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Ảnh")
    caption = blocks.CharBlock(
        label="Chú thích",
        required=False,
        max_length=500,
        help_text="Để trống để dùng chú thích đã lưu cùng ảnh.",
    )
    credit = blocks.CharBlock(
        label="Tác giả ảnh",
        required=False,
        max_length=255,
        help_text="Để trống để dùng tác giả đã lưu cùng ảnh.",
    )

    class Meta:
        icon = "image"
        label = "Ảnh có chú thích"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Trích dẫn")
    attribution = blocks.CharBlock(label="Người nói", required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = "Trích dẫn"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label="Địa chỉ video", help_text="Đường dẫn YouTube, Facebook hoặc Vimeo."
    )
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=500)

    class Meta:
        icon = "media"
        label = "Video"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Tệp đính kèm")
    title = blocks.CharBlock(
        label="Tên hiển thị",
        required=False,
        max_length=255,
        help_text="Để trống để dùng tên của tệp.",
    )

    class Meta:
        icon = "doc-full"
        label = "Tệp đính kèm"


class DocumentCitationBlock(blocks.StructBlock):
    # A page type string: the core does not import the documents app.
    document = blocks.PageChooserBlock(
        page_type="officialdocs.DocumentPage",
        label="Văn bản",
        help_text="Văn bản mà bài viết trích dẫn; bạn đọc thấy số/ký hiệu, "
        "trích yếu và liên kết tới văn bản.",
    )

    class Meta:
        icon = "doc-full-inverse"
        label = "Văn bản trích dẫn"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    attachment = AttachmentBlock()
    official_document = DocumentCitationBlock()


def searchable_content(stream) -> list[str]:
    """The texts of a StreamField value, as its blocks' ``get_searchable_content``
    gives them, read from the stored JSON. Wagtail's own walk turns every block
    into its value first, which fetches the images and documents of the body
    from the database; choosers hold no text, so this reads none of them."""
    texts = []
    for item in stream.raw_data:
        block = stream.stream_block.child_blocks.get(item["type"])
        if block is not None:
            texts += _raw_searchable_content(block, item["value"])
    return [str(text) for text in texts]


def _raw_searchable_content(block, raw) -> list:
    if isinstance(block, blocks.ChooserBlock) or not getattr(
        block, "search_index", True
    ):
        return []
    if isinstance(block, blocks.StructBlock):
        raw = raw or {}
        return [
            text
            for name, child in block.child_blocks.items()
            for text in (
                _raw_searchable_content(child, raw[name])
                if name in raw
                else child.get_searchable_content(child.get_default())
            )
        ]
    return block.get_searchable_content(block.to_python(raw))
