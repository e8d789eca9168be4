"""Builds the demo province: the province's portal (the default site,
``tinh.localhost``) and three commune portals (``xa-a.localhost`` …), each
made the way the province's administrator makes one (cms/portal/provisioning.py),
with its sections, articles and accounts; some commune articles are proposed
up to the province, most of those accepted. Every step looks up what it would
create first, so running it again changes nothing."""

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
from cms.core.generation import bump_content_generation
from cms.core.search_index import index_pages
from cms.core.text import ascii_slugify
from cms.images.models import CustomImage
from cms.officialdocs.demo import load_documents
from cms.photostories.models import PhotoStoryPage, PhotoStoryPhoto
from cms.portal.models import NewsProposal, PortalSettings
from cms.portal.provisioning import create_portal
from cms.sections.models import HomePage, SectionPage

from . import content
from .accounts import COMMUNE_ACCOUNTS, DEMO_ACCOUNTS
from .images import demo_photo_jpeg
from .organisation import load_organisation

DEMO_COLLECTION = "Ảnh mẫu"
DEMO_UNIT = "Trung tâm Văn hóa và Truyền thông tỉnh Bình Lâm"
PROVINCE_HOST = "tinh.localhost"


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
        province = self._portal_settings(home)
        load_organisation(province, "Bình Lâm", level="tỉnh")
        for spec in content.SECTIONS:
            self._section(home, spec)
        articles = [
            self._article(spec)
            for spec in self.progress(content.ARTICLES, desc="Bài viết", unit="bài")
        ]
        self._relate(articles)
        for spec in self.progress(content.PHOTO_STORIES, desc="Tin ảnh", unit="bộ"):
            self._photo_story(spec)
        self.report.created_pages += load_documents(home, self._collection())
        for spec in self.progress(content.COMMUNES, desc="Cổng xã", unit="cổng"):
            self._commune(spec, province)
        if with_accounts:
            self._accounts()
        return self.report

    # Tree -------------------------------------------------------------------

    def _home(self) -> HomePage:
        default = Site.objects.filter(is_default_site=True).first()
        home = default.root_page.specific if default else HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title="Trang chủ", slug="home"))
            self.report.created_pages += 1
        if default is None:
            Site.objects.create(
                is_default_site=True, hostname=PROVINCE_HOST, root_page=home
            )
        if home.title != "Trang chủ Bình Lâm":
            home.title = "Trang chủ Bình Lâm"
            home.intro = (
                "Tin tức, sự kiện và hoạt động của tỉnh Bình Lâm và các xã, phường "
                "do Trung tâm Văn hóa và Truyền thông tỉnh cập nhật hằng ngày."
            )
            home.save_revision().publish()
        return home

    def _portal_settings(self, home: HomePage) -> Site:
        site = Site.objects.get(root_page=home)
        # The province's portal answers at tinh.localhost; as the default
        # site it also answers every host no portal has (127.0.0.1 included).
        if (site.site_name, site.hostname) != (
            "Cổng thông tin tỉnh Bình Lâm",
            PROVINCE_HOST,
        ):
            site.site_name = "Cổng thông tin tỉnh Bình Lâm"
            site.hostname = PROVINCE_HOST
            site.save()
        portal = PortalSettings.for_site(site)
        if portal.unit == DEMO_UNIT:
            return site
        portal.name = "Cổng thông tin điện tử tỉnh Bình Lâm"
        portal.unit = DEMO_UNIT
        portal.logo = self._image("Logo Trung tâm VH&TT Bình Lâm", "logo", "")
        portal.address = "Số 12 đường Lê Lợi, phường Hòa Sơn, tỉnh Bình Lâm"
        portal.phone = "0209 3 851 234"
        portal.email = "ttvhtt@binhlam.example.vn"
        portal.footer_text = (
            "Cơ quan chủ quản: UBND tỉnh Bình Lâm. Chịu trách nhiệm nội dung: "
            "Giám đốc Trung tâm Văn hóa và Truyền thông tỉnh."
        )
        portal.facebook_url = "https://www.facebook.com/ttvhtt.binhlam.example"
        portal.save()
        return site

    def _commune(self, spec: dict, province: Site) -> None:
        """A commune's portal as the province's administrator makes one, then
        its settings, sections, articles and proposals up to the province."""
        site = Site.objects.filter(hostname=spec["host"]).first()
        if site is None:
            site = create_portal(
                hostname=spec["host"],
                name=spec["name"],
                unit=spec["unit"],
                parent=province,
            ).site
            self.report.created_pages += 1
        load_organisation(site, spec["name"].removeprefix("Xã ").strip(), level="xã")
        portal = PortalSettings.for_site(site)
        if not portal.address:
            portal.address, portal.phone = spec["address"], spec["phone"]
            portal.footer_text = f"Cơ quan chủ quản: {spec['unit']}."
            portal.save()
        collection = (
            Collection.objects.filter(name=spec["name"], depth=2).first()
            or self._collection()
        )
        self.sections = {}
        for section in spec["sections"]:
            self._section(site.root_page, section)
        articles = [
            (self._article(article, collection), article)
            for article in spec["articles"]
        ]
        self._relate([article for article, _ in articles])
        for article, article_spec in articles:
            if article_spec.get("proposal"):
                self._proposal(article, site, province, article_spec)

    def _proposal(self, article, portal: Site, province: Site, spec: dict) -> None:
        status = {
            "accepted": NewsProposal.ACCEPTED,
            "pending": NewsProposal.PENDING,
            "declined": NewsProposal.DECLINED,
        }[spec["proposal"]]
        proposal, created = NewsProposal.objects.get_or_create(
            page=article,
            province=province,
            defaults={
                "portal": portal,
                "status": status,
                "reason": spec.get("reason", ""),
            },
        )
        if not created:
            return
        proposed_at = article.display_date + timedelta(hours=1)
        decided_at = None if status == NewsProposal.PENDING else proposed_at
        NewsProposal.objects.filter(pk=proposal.pk).update(
            proposed_at=proposed_at, decided_at=decided_at
        )
        if status == NewsProposal.ACCEPTED:
            # The province's search finds it from now on, and its lists
            # (which remember per content generation what it accepted).
            index_pages(ArticlePage.objects.filter(pk=article.pk))
            bump_content_generation()

    def _section(self, parent: Page, spec: dict) -> SectionPage:
        section = SectionPage.objects.child_of(parent).filter(slug=spec["slug"]).first()
        if section is None:
            section = SectionPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                collects_commune_news=spec.get("collects_commune_news", False),
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

    def _image(
        self, caption: str, seed: str, credit: str, collection=None
    ) -> CustomImage:
        title = caption[:255]
        collection = collection or self._collection()
        image = CustomImage.objects.filter(title=title, collection=collection).first()
        if image is None:
            name = f"{ascii_slugify(seed)[:60] or 'anh'}.jpg"
            image = CustomImage(
                title=title,
                caption=caption,
                credit=credit,
                description=caption,
                collection=collection,
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

    def _body(
        self, spec: dict, collection=None
    ) -> tuple[list[dict], CustomImage | None]:
        blocks, first_image = [], None
        for item in spec["body"]:
            kind = item[0]
            if kind == "paragraph":
                blocks.append(
                    {"type": "paragraph", "value": f"<p>{escape(item[1])}</p>"}
                )
            elif kind == "image":
                image = self._image(item[1], item[1], spec["author"], collection)
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
    def _article(self, spec: dict, collection=None) -> ArticlePage:
        section = self.sections[spec["section"]]
        slug = ascii_slugify(spec["title"])[:80]
        article = ArticlePage.objects.child_of(section).filter(slug=slug).first()
        if article is not None:
            return article
        body, hero = self._body(spec, collection)
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
        accounts = [
            *DEMO_ACCOUNTS,
            *(
                account
                for host, portal_accounts in COMMUNE_ACCOUNTS.items()
                if Site.objects.filter(hostname=host).exists()
                for account in portal_accounts
            ),
        ]
        for account in accounts:
            first, _, last = account.full_name.rpartition(" ")
            user, created = User.objects.get_or_create(
                username=account.username,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{account.username}@binhlam.example.vn",
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
