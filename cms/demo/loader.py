"""Builds the demo portal. Every step looks up what it would create first, so
running it again changes nothing."""

import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Collection, Page, Site

from cms.articles.models import ArticlePage, RelatedArticle
from cms.core.text import ascii_slugify
from cms.images.models import CustomImage
from cms.photostories.models import PhotoStoryPage, PhotoStoryPhoto
from cms.portal.models import PortalSettings
from cms.sections.models import HomePage, SectionPage

from . import content
from .accounts import DEMO_ACCOUNTS
from .images import demo_photo_jpeg
from .organisation import load_organisation

DEMO_COLLECTION = "Ảnh mẫu"
DEMO_UNIT = "Trung tâm Văn hóa và Truyền thông huyện Hòa Sơn"


@dataclass
class LoadReport:
    created_pages: int = 0
    created_images: int = 0
    created_accounts: int = 0


class DemoLoader:
    def __init__(self, progress=None, now: datetime | None = None):
        self.progress = progress or (lambda iterable, **kwargs: iterable)
        self.now = now or timezone.now()
        self.report = LoadReport()
        self.sections: dict[str, SectionPage] = {}

    def load(self, with_accounts: bool) -> LoadReport:
        home = self._home()
        self._portal_settings(home)
        load_organisation(Site.objects.get(root_page=home), "Hòa Sơn")
        for spec in content.SECTIONS:
            self._section(home, spec)
        articles = [
            self._article(spec)
            for spec in self.progress(content.ARTICLES, desc="Bài viết", unit="bài")
        ]
        self._relate(articles)
        for spec in self.progress(content.PHOTO_STORIES, desc="Tin ảnh", unit="bộ"):
            self._photo_story(spec)
        if with_accounts:
            self._accounts()
        return self.report

    # Tree -------------------------------------------------------------------

    def _home(self) -> HomePage:
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title="Trang chủ", slug="home"))
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={"hostname": "localhost", "root_page": home},
            )
            self.report.created_pages += 1
        if home.title != "Trang chủ Hòa Sơn":
            home.title = "Trang chủ Hòa Sơn"
            home.intro = (
                "Tin tức, sự kiện và hoạt động của huyện Hòa Sơn do Trung tâm "
                "Văn hóa và Truyền thông huyện cập nhật hằng ngày."
            )
            home.save_revision().publish()
        return home

    def _portal_settings(self, home: HomePage) -> None:
        site = Site.objects.get(root_page=home)
        if site.site_name != "Cổng thông tin huyện Hòa Sơn":
            site.site_name = "Cổng thông tin huyện Hòa Sơn"
            site.save()
        portal = PortalSettings.for_site(site)
        if portal.unit:
            return
        portal.name = "Cổng thông tin điện tử huyện Hòa Sơn"
        portal.unit = DEMO_UNIT
        portal.logo = self._image("Logo Trung tâm VH&TT Hòa Sơn", "logo", "")
        portal.address = "Số 12 đường Lê Lợi, thị trấn Hòa Sơn, tỉnh Lâm Hà"
        portal.phone = "0209 3 851 234"
        portal.email = "ttvhtt@hoason.example.vn"
        portal.footer_text = (
            "Cơ quan chủ quản: UBND huyện Hòa Sơn. Chịu trách nhiệm nội dung: "
            "Giám đốc Trung tâm Văn hóa và Truyền thông huyện."
        )
        portal.facebook_url = "https://www.facebook.com/ttvhtt.hoason.example"
        portal.save()

    def _section(self, parent: Page, spec: dict) -> SectionPage:
        section = SectionPage.objects.child_of(parent).filter(slug=spec["slug"]).first()
        if section is None:
            section = SectionPage(
                title=spec["title"], slug=spec["slug"], intro=spec["intro"]
            )
            parent.add_child(instance=section)
            section.save_revision().publish()
            self.report.created_pages += 1
        self.sections[spec["slug"]] = section
        for child in spec["children"]:
            self._section(section, child)
        return section

    # Content ----------------------------------------------------------------

    def _published_at(self, spec: dict) -> datetime:
        local_now = timezone.localtime(self.now)
        day = local_now - timedelta(days=spec["days_ago"])
        when = day.replace(hour=spec["hour"], minute=(len(spec["title"]) * 7) % 60)
        return min(when, local_now - timedelta(minutes=5))

    def _image(self, caption: str, seed: str, credit: str) -> CustomImage:
        title = caption[:255]
        image = CustomImage.objects.filter(
            title=title, collection=self._collection()
        ).first()
        if image is None:
            name = f"{ascii_slugify(seed)[:60] or 'anh'}.jpg"
            image = CustomImage(
                title=title,
                caption=caption,
                credit=credit,
                description=caption,
                collection=self._collection(),
                file=ImageFile(io.BytesIO(demo_photo_jpeg(seed)), name=name),
            )
            image.save()
            self.report.created_images += 1
        return image

    def _collection(self) -> Collection:
        if not hasattr(self, "_demo_collection"):
            root = Collection.get_first_root_node()
            existing = root.get_children().filter(name=DEMO_COLLECTION).first()
            self._demo_collection = existing or root.add_child(name=DEMO_COLLECTION)
        return self._demo_collection

    def _body(self, spec: dict) -> tuple[list[dict], CustomImage | None]:
        blocks, first_image = [], None
        for item in spec["body"]:
            kind = item[0]
            if kind == "paragraph":
                blocks.append(
                    {"type": "paragraph", "value": f"<p>{escape(item[1])}</p>"}
                )
            elif kind == "image":
                image = self._image(item[1], item[1], spec["author"])
                first_image = first_image or image
                blocks.append(
                    {
                        "type": "image",
                        "value": {"image": image.pk, "caption": "", "credit": ""},
                    }
                )
            elif kind == "quote":
                blocks.append(
                    {
                        "type": "quote",
                        "value": {"text": item[1], "attribution": item[2]},
                    }
                )
        return blocks, first_image

    @transaction.atomic
    def _article(self, spec: dict) -> ArticlePage:
        section = self.sections[spec["section"]]
        slug = ascii_slugify(spec["title"])[:80]
        article = ArticlePage.objects.child_of(section).filter(slug=slug).first()
        if article is not None:
            return article
        body, hero = self._body(spec)
        published_at = self._published_at(spec)
        article = ArticlePage(
            title=spec["title"],
            slug=slug,
            lead=spec["lead"],
            hero_image=hero,
            body=body,
            author_name=spec["author"],
            source_unit=spec["unit"],
            display_date=published_at,
        )
        article.tags.add(*spec["tags"])
        section.add_child(instance=article)
        article.save_revision().publish()
        self._backdate(article, published_at)
        self.report.created_pages += 1
        return article

    def _relate(self, articles: list[ArticlePage]) -> None:
        by_section: dict[int, list[ArticlePage]] = {}
        for article in articles:
            by_section.setdefault(article.get_parent().pk, []).append(article)
        for siblings in by_section.values():
            for i, article in enumerate(siblings):
                if article.related_links.exists():
                    continue
                others = [siblings[(i + k) % len(siblings)] for k in (1, 2)]
                for order, other in enumerate(o for o in others if o != article):
                    RelatedArticle.objects.create(
                        page=article, article=other, sort_order=order
                    )

    @transaction.atomic
    def _photo_story(self, spec: dict) -> PhotoStoryPage:
        section = self.sections[spec["section"]]
        slug = ascii_slugify(spec["title"])[:80]
        story = PhotoStoryPage.objects.child_of(section).filter(slug=slug).first()
        if story is not None:
            return story
        published_at = self._published_at(spec)
        story = PhotoStoryPage(
            title=spec["title"],
            slug=slug,
            intro=spec["intro"],
            author_name=spec["author"],
            source_unit=spec["unit"],
            display_date=published_at,
        )
        story.tags.add(*spec["tags"])
        story.photos = [
            PhotoStoryPhoto(image=self._image(caption, caption, spec["author"]))
            for caption in spec["photos"]
        ]
        section.add_child(instance=story)
        story.save_revision().publish()
        self._backdate(story, published_at)
        self.report.created_pages += 1
        return story

    @staticmethod
    def _backdate(page: Page, published_at: datetime) -> None:
        # The demo should look like a portal with a history, not one that was
        # written in a second: move the publication times into the past.
        Page.objects.filter(pk=page.pk).update(
            first_published_at=published_at,
            last_published_at=published_at,
            latest_revision_created_at=published_at,
        )
        page.revisions.update(created_at=published_at)

    # Accounts ---------------------------------------------------------------

    def _accounts(self) -> None:
        if not settings.DEBUG:
            raise RuntimeError("Demo accounts are only created where DEBUG is on.")
        User = get_user_model()
        for account in DEMO_ACCOUNTS:
            first, _, last = account.full_name.rpartition(" ")
            user, created = User.objects.get_or_create(
                username=account.username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{account.username}@hoason.example.vn",
                    "is_staff": account.is_superuser,
                    "is_superuser": account.is_superuser,
                },
            )
            if created:
                user.set_password(account.password)
                user.save()
                self.report.created_accounts += 1
            if account.group:
                user.groups.add(Group.objects.get(name=account.group))
