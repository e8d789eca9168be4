"""Factories for tests (and anything else that needs realistic content fast)."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.models import Collection, Site

from cms.articles.models import ArticlePage
from cms.core.text import ascii_slugify
from cms.images.models import CustomImage
from cms.officialdocs.models import (
    DocumentFile,
    DocumentIndexPage,
    DocumentPage,
    DocumentType,
)
from cms.officialdocs.pdf import minimal_pdf
from cms.photostories.models import PhotoStoryPage, PhotoStoryPhoto
from cms.sections.models import HomePage, SectionPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.vn")
    first_name = "Văn"
    last_name = factory.Sequence(lambda n: f"Nguyễn {n}")
    password = factory.django.Password("mat-khau-thu-nghiem")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Ảnh số {n}")
    description = "Người dân xã Tân Lập gặt lúa trên cánh đồng"
    caption = "Bà con xã Tân Lập thu hoạch lúa mùa"
    credit = "Minh Anh"
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=640, height=400, color="green")

    class Meta:
        model = CustomImage


class _PublishedPageFactory(wagtail_factories.PageFactory):
    """Creates a page as an editor would: a draft, then (unless publish=False) a
    published revision, so that revisions and first_published_at are real."""

    live = False

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        if create and extracted is not False:
            self.save_revision().publish()


def _home():
    return HomePage.objects.first()


class SectionPageFactory(_PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Chuyên mục {n}")
    parent = factory.LazyFunction(_home)
    intro = "Tin tức trong huyện"

    class Meta:
        model = SectionPage


class ArticlePageFactory(_PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Bài viết số {n} về đời sống ở Hòa Sơn")
    parent = factory.SubFactory(SectionPageFactory)
    lead = "Sáng nay, huyện Hòa Sơn tổ chức hội nghị tổng kết công tác năm."
    body = factory.LazyFunction(
        lambda: [
            {
                "type": "paragraph",
                "value": "<p>Hội nghị đánh giá kết quả nổi bật trong năm qua.</p>",
            }
        ]
    )
    author_name = "Minh Anh"
    source_unit = "Trung tâm VH&TT huyện Hòa Sơn"

    class Meta:
        model = ArticlePage


class PhotoStoryPageFactory(_PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Tin ảnh số {n}: mùa vàng Hòa Sơn")
    parent = factory.SubFactory(SectionPageFactory)
    intro = "Những khoảnh khắc đẹp trong ngày hội."
    author_name = "Thu Hà"
    source_unit = "Trung tâm VH&TT huyện Hòa Sơn"
    # ClusterableModel takes child objects as keyword arguments and saves them
    # with the page, so they are part of the first revision.
    photos = factory.LazyFunction(
        lambda: [
            PhotoStoryPhoto(image=ImageFactory(), caption=f"Khoảnh khắc thứ {i + 1}")
            for i in range(3)
        ]
    )

    class Meta:
        model = PhotoStoryPage


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A Wagtail document holding a small real PDF."""

    title = factory.Sequence(lambda n: f"Tệp văn bản {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(
        lambda d: ContentFile(
            minimal_pdf([d.title]), name=f"{ascii_slugify(d.title) or 'van-ban'}.pdf"
        )
    )
    # The admin's upload form measures the file; do as it does.
    file_size = factory.LazyAttribute(lambda d: d.file.size)


class DocumentIndexPageFactory(_PublishedPageFactory):
    title = "Văn bản"
    slug = "van-ban"
    parent = factory.LazyFunction(_home)

    class Meta:
        model = DocumentIndexPage


def _document_index():
    return DocumentIndexPage.objects.first() or DocumentIndexPageFactory()


class DocumentPageFactory(_PublishedPageFactory):
    title = factory.Sequence(
        lambda n: f"Về việc ban hành Kế hoạch chuyển đổi số năm 2025 (số {n})"
    )
    parent = factory.LazyFunction(_document_index)
    document_type = factory.LazyFunction(
        lambda: DocumentType.objects.get(name="Quyết định")
    )
    number = factory.Sequence(lambda n: f"{n + 100}/2025/QĐ-UBND")
    issuer = "Ủy ban nhân dân tỉnh"
    signer = "Chủ tịch Nguyễn Văn An"
    issued_on = datetime.date(2025, 9, 15)
    files = factory.LazyFunction(lambda: [DocumentFile(document=DocumentFactory())])

    class Meta:
        model = DocumentPage


class OrganisationUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "organisation.OrganisationUnit"

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    name = factory.Sequence(lambda n: f"Phòng số {n}")
    functions = "<p>Tham mưu cho Ủy ban nhân dân.</p>"


class OfficialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "organisation.Official"

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    name = factory.Sequence(lambda n: f"Nguyễn Văn {n}")
    position = "Trưởng phòng"
