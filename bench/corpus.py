"""Generated corpora for the benchmarks: a portal with N articles, built in
seconds rather than hours.

Publishing an article through Wagtail (``add_child``, a revision, ``publish``)
costs tens of milliseconds and several signals; 100,000 of them would take
hours. Here the section tree is made the normal way, and the articles are
written with bulk inserts: the treebeard columns (``path``, ``depth``,
``numchild``) and ``url_path`` are computed here, exactly as ``add_child``
would, and readers' search index is rebuilt in bulk, as
``manage.py rebuild_search_index`` does. Articles carry no revision: nothing
readers see (the v1 API, the stock v2 API, search) reads revisions, and the
admin starts editing from the live page when there is none.

Text comes from the demo content (cms/demo/content.py), so titles and bodies
are real Vietnamese with diacritics, and "cải cách hành chính" appears in a
share of the articles. Images come from a pool of a few hundred photos whose
reader renditions are made once, by the images app itself on upload
(cms/images/renditions.py), and then copied into every corpus with their rows.
"""

import io
import json
import os
import random
import shutil
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.utils import timezone
from taggit.models import Tag
from tqdm import tqdm
from wagtail.models import Collection, Locale, Page, Site

from cms.articles.models import ArticlePage, ArticlePageTag, RelatedArticle
from cms.core.generation import bump_content_generation
from cms.core.models import portal_for_path
from cms.core.text import ascii_slugify
from cms.demo import content
from cms.demo.images import demo_photo_jpeg
from cms.images.models import CustomImage, CustomRendition
from cms.photostories.models import PhotoStoryPage, PhotoStoryPhoto
from cms.portal.models import NewsProposal, PortalSettings
from cms.portal.provisioning import create_portal
from cms.sections.models import HomePage, SectionPage

from .config import portal_host

# Bump when the shape of a corpus changes: older corpora are then rebuilt.
CORPUS_VERSION = 3  # 2: readers' own search index; 3: official documents
# The same for the portals corpus (build_portals), which has its own.
PORTALS_VERSION = 1
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
POOL_SIZE = 240
# One article every 47 minutes, newest first: 1k articles span a month, 100k
# about nine years, like a provincial portal's archive.
ARTICLE_INTERVAL = timedelta(minutes=47)
PHOTOS_PER_STORY = 5
CHUNK = 2_000
BENCH_UNIT = "Trung tâm Văn hóa và Truyền thông huyện Hòa Sơn"


@dataclass
class BuildReport:
    articles: int = 0
    photo_stories: int = 0
    images: int = 0
    renditions: int = 0
    documents: int = 0
    seconds: dict = field(default_factory=dict)


class _Steps:
    """Times each step of a build, for the report."""

    def __init__(self, report: BuildReport):
        self.report = report

    def __call__(self, name):
        steps = self

        class _Timer:
            def __enter__(self):
                self.start = time.perf_counter()

            def __exit__(self, *exc):
                elapsed = time.perf_counter() - self.start
                steps.report.seconds[name] = round(elapsed, 2)

        return _Timer()


def _progress(iterable=None, **kwargs):
    kwargs.setdefault("leave", False)
    kwargs.setdefault("disable", os.environ.get("BENCH_PROGRESS", "1") != "1")
    return tqdm(iterable, **kwargs)


# Site and sections --------------------------------------------------------------


def portal_home() -> HomePage:
    """The home page the migrations created, named like the demo portal."""
    home = HomePage.objects.get()
    site = Site.objects.get(root_page=home)
    site.site_name = "Cổng thông tin huyện Hòa Sơn (benchmark)"
    site.save()
    portal = PortalSettings.for_site(site)
    portal.name = "Cổng thông tin điện tử huyện Hòa Sơn"
    portal.unit = BENCH_UNIT
    portal.save()
    return home


def make_sections(home: Page) -> dict[str, SectionPage]:
    """The demo's section tree, published the normal way (eight pages)."""
    sections: dict[str, SectionPage] = {}

    def add(parent: Page, spec: dict) -> None:
        section = SectionPage(
            title=spec["title"], slug=spec["slug"], intro=spec["intro"]
        )
        parent.add_child(instance=section)
        section.save_revision().publish()
        sections[spec["slug"]] = section
        for child in spec["children"]:
            add(section, child)

    for spec in content.SECTIONS:
        add(home, spec)
    return sections


# Image pool ----------------------------------------------------------------------


def _captions() -> list[tuple[str, str]]:
    """(caption, credit) pairs from the demo's photos."""
    pairs = []
    for spec in content.ARTICLES:
        pairs += [
            (item[1], spec["author"]) for item in spec["body"] if item[0] == "image"
        ]
    for spec in content.PHOTO_STORIES:
        pairs += [(caption, spec["author"]) for caption in spec["photos"]]
    return pairs


def _media_files(image: CustomImage) -> list[str]:
    return [image.file.name, *(r.file.name for r in image.renditions.all())]


def create_pool(count: int) -> list[CustomImage]:
    """``count`` photos uploaded the product's way: saving an image makes its
    reader renditions (cms/images/renditions.py)."""
    collection = Collection.get_first_root_node()
    captions = _captions()
    images = []
    for number in _progress(range(count), desc="Ảnh (tạo, kèm bản hiển thị)"):
        caption, credit = captions[number % len(captions)]
        image = CustomImage(
            title=f"{caption[:230]} ({number + 1})",
            caption=caption,
            credit=f"Ảnh: {credit}",
            description=caption,
            collection=collection,
            file=ImageFile(
                io.BytesIO(demo_photo_jpeg(f"bench-{number}")),
                name=f"bench-{number:04d}.jpg",
            ),
        )
        image.save()
        images.append(image)
    return images


def export_pool(images: list[CustomImage], pool_dir: Path) -> None:
    """Keep the pool's files and rows so that later corpora copy them."""
    media = Path(settings.MEDIA_ROOT)
    files = pool_dir / "files"
    rows = []
    for image in images:
        for name in _media_files(image):
            target = files / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(media / name, target)
        rows.append(
            {
                "image": {
                    f.attname: getattr(image, f.attname)
                    for f in CustomImage._meta.concrete_fields
                    if f.attname
                    not in {"id", "collection_id", "created_at", "uploaded_by_user_id"}
                }
                | {"file": image.file.name},
                "renditions": [
                    {
                        "filter_spec": r.filter_spec,
                        "file": r.file.name,
                        "width": r.width,
                        "height": r.height,
                        "focal_point_key": r.focal_point_key,
                        "file_size": r.file_size,
                    }
                    for r in image.renditions.all()
                ],
            }
        )
    (pool_dir / "manifest.json").write_text(json.dumps(rows, ensure_ascii=False))


def import_pool(pool_dir: Path) -> list[CustomImage]:
    """Copy a pool made earlier: files into MEDIA_ROOT (hard links where the
    file system allows), rows with bulk inserts (no upload signal runs, and no
    rendition is made again)."""
    rows = json.loads((pool_dir / "manifest.json").read_text())
    media = Path(settings.MEDIA_ROOT)
    for source in (pool_dir / "files").rglob("*"):
        if source.is_file():
            target = media / source.relative_to(pool_dir / "files")
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                try:
                    os.link(source, target)
                except OSError:
                    shutil.copy2(source, target)
    collection = Collection.get_first_root_node()
    now = timezone.now()
    images = CustomImage.objects.bulk_create(
        CustomImage(**row["image"], collection=collection, created_at=now)
        for row in rows
    )
    CustomRendition.objects.bulk_create(
        CustomRendition(image=image, **rendition)
        for image, row in zip(images, rows, strict=True)
        for rendition in row["renditions"]
    )
    return images


def image_pool(pool_dir: Path, count: int = POOL_SIZE) -> list[CustomImage]:
    if (pool_dir / "manifest.json").exists():
        images = import_pool(pool_dir)
        if len(images) == count:
            return images
        raise RuntimeError(
            f"{pool_dir} holds {len(images)} images, not {count}: delete it."
        )
    images = create_pool(count)
    tmp = pool_dir.with_name(pool_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    export_pool(images, tmp)
    tmp.rename(pool_dir)
    return images


# Articles ------------------------------------------------------------------------


def _insert_rows(model, objs) -> None:
    """INSERT the model's own table (not its parents') for ``objs``, in one
    executemany: Django's bulk_create refuses multi-table inheritance."""
    fields = model._meta.local_concrete_fields
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    rows = [[_db_value(f, obj) for f in fields] for obj in objs]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608
            rows,
        )


def _db_value(field, obj):
    raw = getattr(obj, "_raw_" + field.attname, None)
    if raw is not None:
        # A body made here as raw block data: serialised as is, rather than
        # through StreamValue, which would load every chosen image first.
        return field.json_field.get_db_prep_value(
            raw, connection=connection, prepared=True
        )
    return field.get_db_prep_save(getattr(obj, field.attname), connection)


class _Children:
    """Hands out treebeard paths for new children of one parent, after the
    children it already has, as ``add_child`` would."""

    def __init__(self, parent: Page):
        self.parent = parent
        # Asked of the database: treebeard's get_last_child() trusts numchild.
        last = _children_of(parent).order_by("-path").first()
        self.next_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
        self.added = 0
        self.slugs = set(_children_of(parent).values_list("slug", flat=True))

    def path(self) -> str:
        path = Page._get_path(self.parent.path, self.parent.depth + 1, self.next_step)
        self.next_step += 1
        self.added += 1
        return path

    def slug(self, title: str, number: int) -> str:
        base = ascii_slugify(title)[:70] or "bai-viet"
        slug = base if base not in self.slugs else f"{base}-{number}"
        self.slugs.add(slug)
        return slug


def _body(spec: dict, rng: random.Random, pool: list[CustomImage]) -> list[dict]:
    blocks = []
    for item in spec["body"]:
        kind = item[0]
        if kind == "paragraph":
            value = f"<p>{escape(item[1])}</p>"
        elif kind == "image":
            value = {"image": rng.choice(pool).pk, "caption": "", "credit": ""}
        else:
            value = {"text": item[1], "attribution": item[2]}
        blocks.append(
            {
                "type": kind,
                "value": value,
                "id": str(uuid.UUID(int=rng.getrandbits(128))),
            }
        )
    return blocks


def _title(spec: dict, number: int) -> str:
    # The demo has 40 titles; later copies name a commune and a number so that
    # titles (and slugs) stay distinct.
    if number < len(content.ARTICLES):
        return spec["title"]
    communes = (
        "Tân Lập",
        "Phú Thịnh",
        "Đồng Tâm",
        "Thượng Lâm",
        "Hợp Tiến",
        "Minh Khai",
        "Suối Ngang",
        "Yên Hòa",
    )
    return f"{spec['title']} – {communes[number % len(communes)]}, bản tin số {number}"


def _page_fields(*, title, slug, path, depth, url_path, content_type, locale, when):
    return {
        "title": title,
        "draft_title": title,
        "slug": slug,
        "path": path,
        "depth": depth,
        "numchild": 0,
        "url_path": url_path,
        "content_type": content_type,
        "locale": locale,
        "translation_key": uuid.uuid4(),
        "live": True,
        "has_unpublished_changes": False,
        "first_published_at": when,
        "last_published_at": when,
        "latest_revision_created_at": when,
    }


def insert_articles(
    count: int,
    sections: dict[str, SectionPage],
    pool: list[CustomImage],
    *,
    now: datetime,
    seed: int = 7,
) -> list[int]:
    """``count`` live articles, newest first one ARTICLE_INTERVAL apart; each
    with a hero image and body photos from the pool, 1–3 tags and two related
    articles from its section. Returns their ids."""
    rng = random.Random(seed)
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    children = {slug: _Children(section) for slug, section in sections.items()}
    # The sections are one portal's: its column on every row (NewsPage.portal).
    portal = portal_for_path(next(iter(sections.values())).path)
    tags = _tags()
    ids: list[int] = []
    by_section: dict[str, list[int]] = {}
    bar = _progress(total=count, desc="Bài viết (ghi hàng loạt)", unit="bài")
    for start in range(0, count, CHUNK):
        numbers = range(start, min(count, start + CHUNK))
        pages, articles, tagged, related = [], [], [], []
        for number in numbers:
            spec = content.ARTICLES[number % len(content.ARTICLES)]
            tree = children[spec["section"]]
            section = tree.parent
            title = _title(spec, number)
            slug = tree.slug(title, number)
            when = (
                now
                - ARTICLE_INTERVAL * (number + 1)
                + timedelta(seconds=rng.randint(0, 600))
            )
            page = Page(
                **_page_fields(
                    title=title,
                    slug=slug,
                    path=tree.path(),
                    depth=section.depth + 1,
                    url_path=f"{section.url_path}{slug}/",
                    content_type=content_type,
                    locale=locale,
                    when=when,
                )
            )
            pages.append(page)
            article = ArticlePage(
                lead=spec["lead"],
                hero_image_id=pool[number % len(pool)].pk,
                author_name=spec["author"],
                source_unit=spec["unit"],
                display_date=when,
                portal=portal,
            )
            article._raw_body = _body(spec, rng, pool)
            articles.append(article)
        with transaction.atomic():
            Page.objects.bulk_create(pages)
            for page, article in zip(pages, articles, strict=True):
                article.page_ptr_id = article.id = page.pk
            _insert_rows(ArticlePage, articles)
            for number, page in zip(numbers, pages, strict=True):
                spec = content.ARTICLES[number % len(content.ARTICLES)]
                for name in spec["tags"][:3]:
                    tagged.append(
                        ArticlePageTag(tag=tags[name], content_object_id=page.pk)
                    )
                siblings = by_section.setdefault(spec["section"], [])
                for order, other in enumerate(siblings[-2:]):
                    related.append(
                        RelatedArticle(
                            page_id=page.pk, article_id=other, sort_order=order
                        )
                    )
                siblings.append(page.pk)
            ArticlePageTag.objects.bulk_create(tagged)
            RelatedArticle.objects.bulk_create(related)
        ids += [page.pk for page in pages]
        bar.update(len(pages))
    bar.close()
    _update_numchild(children.values())
    return ids


def insert_photo_stories(
    count: int, section: SectionPage, pool: list[CustomImage], *, now: datetime
) -> list[int]:
    content_type = ContentType.objects.get_for_model(PhotoStoryPage)
    locale = Locale.get_default()
    tree = _Children(section)
    portal = portal_for_path(section.path)
    tags = _tags()
    pages, stories = [], []
    for number in range(count):
        spec = content.PHOTO_STORIES[number % len(content.PHOTO_STORIES)]
        title = (
            spec["title"]
            if number < len(content.PHOTO_STORIES)
            else f"{spec['title']} (phóng sự số {number})"
        )
        slug = tree.slug(title, number)
        when = now - ARTICLE_INTERVAL * (number * 100 + 50)
        pages.append(
            Page(
                **_page_fields(
                    title=title,
                    slug=slug,
                    path=tree.path(),
                    depth=section.depth + 1,
                    url_path=f"{section.url_path}{slug}/",
                    content_type=content_type,
                    locale=locale,
                    when=when,
                )
            )
        )
        stories.append(
            PhotoStoryPage(
                intro=spec["intro"],
                author_name=spec["author"],
                source_unit=spec["unit"],
                display_date=when,
                portal=portal,
            )
        )
    with transaction.atomic():
        Page.objects.bulk_create(pages)
        for page, story in zip(pages, stories, strict=True):
            story.page_ptr_id = story.id = page.pk
        _insert_rows(PhotoStoryPage, stories)
        photos, tagged = [], []
        for number, page in enumerate(pages):
            spec = content.PHOTO_STORIES[number % len(content.PHOTO_STORIES)]
            for order, caption in enumerate(spec["photos"][:PHOTOS_PER_STORY]):
                image = pool[(number * PHOTOS_PER_STORY + order) % len(pool)]
                photos.append(
                    PhotoStoryPhoto(
                        page_id=page.pk, image=image, caption=caption, sort_order=order
                    )
                )
            for name in spec["tags"][:3]:
                tagged.append(
                    PhotoStoryPage.tags.through(
                        tag=tags[name], content_object_id=page.pk
                    )
                )
        PhotoStoryPhoto.objects.bulk_create(photos)
        PhotoStoryPage.tags.through.objects.bulk_create(tagged)
    _update_numchild([tree])
    return [page.pk for page in pages]


def _tags() -> dict[str, Tag]:
    names = {
        name
        for spec in (*content.ARTICLES, *content.PHOTO_STORIES)
        for name in spec["tags"]
    }
    tags = {}
    for name in sorted(names):
        tag = Tag.objects.filter(name=name).first()
        if tag is None:
            # Saving one by one: the articles app folds the slug to ASCII.
            tag = Tag(name=name, slug=name)
            tag.save()
        tags[name] = tag
    return tags


def _children_of(parent: Page):
    return Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)


def _update_numchild(trees) -> None:
    for tree in trees:
        if tree.added:
            count = _children_of(tree.parent).count()
            Page.objects.filter(pk=tree.parent.pk).update(numchild=count)
            tree.parent.numchild = count


# Search index ----------------------------------------------------------------------


def index_pages() -> None:
    """Readers' search index, filled as ``manage.py rebuild_search_index``
    does: in chunks of 1,000 pages, each page's texts computed once. (Wagtail's
    own index serves only the admin's page search, which is not measured.)"""
    from cms.core import search_index

    bar = _progress(
        total=search_index.count_to_index(), desc="Chỉ mục tìm kiếm", unit="trang"
    )
    search_index.rebuild(progress=bar.update)
    bar.close()


# The whole corpus ------------------------------------------------------------------


def build(
    size: int,
    pool_dir: Path,
    *,
    now: datetime | None = None,
    pool_size: int = POOL_SIZE,
) -> BuildReport:
    """A portal with ``size`` articles, in a freshly migrated database."""
    now = now or timezone.now()
    report = BuildReport()
    step = _Steps(report)
    with step("sections"):
        home = portal_home()
        sections = make_sections(home)
    with step("images"):
        pool = image_pool(pool_dir, pool_size)
    article_sections = {slug: s for slug, s in sections.items() if slug != "tin-anh"}
    with step("articles"):
        article_ids = insert_articles(size, article_sections, pool, now=now)
    with step("photo_stories"):
        story_ids = insert_photo_stories(
            max(3, size // 100), sections["tin-anh"], pool, now=now
        )
    with step("documents"):
        from .documents import insert_documents

        report.documents = insert_documents(home, size, now=now)
    with step("search_index"):
        index_pages()
    report.articles = len(article_ids)
    report.photo_stories = len(story_ids)
    report.images = len(pool)
    report.renditions = CustomRendition.objects.count()
    return report


# The portals corpus ----------------------------------------------------------------

# Communes' names, numbered from the second round on ("Xã Tân Lập 2").
COMMUNE_NAMES = (
    "Tân Lập",
    "Phú Thịnh",
    "Đồng Tâm",
    "Thượng Lâm",
    "Hợp Tiến",
    "Minh Khai",
    "Suối Ngang",
    "Yên Hòa",
    "An Phú",
    "Bình Minh",
    "Cao Sơn",
    "Đại Đồng",
    "Hòa Bình",
    "Kim Tân",
    "Lạc Hồng",
    "Mỹ Lộc",
    "Nghĩa Trung",
    "Quảng Tiến",
    "Sơn Thủy",
    "Thanh Xuân",
)
# A commune's newest articles the province has accepted into "Tin cơ sở".
ACCEPTED_PER_COMMUNE = 5


@dataclass
class PortalsBuildReport(BuildReport):
    portals: int = 0
    accepted: int = 0


def commune_name(number: int) -> str:
    base = COMMUNE_NAMES[(number - 1) % len(COMMUNE_NAMES)]
    round_ = (number - 1) // len(COMMUNE_NAMES)
    return f"Xã {base}" + (f" {round_ + 1}" if round_ else "")


def province_home() -> HomePage:
    """The home page the migrations created, as the province's portal: the
    default site, at config.PROVINCE_HOST."""
    home = HomePage.objects.get()
    site = Site.objects.get(root_page=home)
    site.hostname = portal_host(0)
    site.site_name = "Cổng thông tin tỉnh Hòa Sơn (benchmark)"
    site.save()
    portal = PortalSettings.for_site(site)
    portal.name = "Cổng thông tin điện tử tỉnh Hòa Sơn"
    portal.unit = "Trung tâm Văn hóa và Truyền thông tỉnh Hòa Sơn"
    portal.save()
    return home


def commune_home(number: int, province: Site) -> HomePage:
    """Commune ``number``'s portal, made as the province's administrator
    makes one (groups, collection, workflow, document library)."""
    name = commune_name(number)
    return create_portal(
        hostname=portal_host(number),
        name=name,
        unit=f"Ủy ban nhân dân xã {name.removeprefix('Xã ')}",
        parent=province,
    ).home


def accept_into_province(
    articles_by_commune: dict[Site, list[int]], province: Site, *, now: datetime
) -> int:
    """The province accepted each commune's ACCEPTED_PER_COMMUNE newest
    articles (the first inserted are the newest): rows as the proposal admin
    leaves them, in one insert (the search index is rebuilt afterwards)."""
    proposals = [
        NewsProposal(
            page_id=page_id,
            portal=site,
            province=province,
            status=NewsProposal.ACCEPTED,
            decided_at=now,
        )
        for site, ids in articles_by_commune.items()
        for page_id in ids[:ACCEPTED_PER_COMMUNE]
    ]
    NewsProposal.objects.bulk_create(proposals)
    # As the admin's decision does: lists remember per content generation
    # which portals accepted anything (bulk_create sends no signal).
    bump_content_generation()
    return len(proposals)


def build_portals(
    portals: int,
    per_portal: int,
    pool_dir: Path,
    *,
    now: datetime | None = None,
    pool_size: int = POOL_SIZE,
) -> PortalsBuildReport:
    """A province and ``portals - 1`` communes, each with the 1k corpus's
    shape at ``per_portal`` articles (the demo's sections, photo stories,
    official documents), in a freshly migrated database. Each portal's
    articles start a minute after the previous portal's, so that the
    portals' news interleave in time."""
    now = now or timezone.now()
    report = PortalsBuildReport()
    step = _Steps(report)
    with step("portals"):
        homes = [province_home()]
        province = Site.objects.get(root_page=homes[0])
        homes += [
            commune_home(number, province)
            for number in _progress(range(1, portals), desc="Cổng xã", unit="cổng")
        ]
    with step("sections"):
        trees = [make_sections(home) for home in _progress(homes, desc="Chuyên mục")]
        # The province's "Tin cơ sở" lists what it accepted (as in the demo).
        SectionPage.objects.filter(pk=trees[0]["tin-co-so"].pk).update(
            collects_commune_news=True
        )
    with step("images"):
        pool = image_pool(pool_dir, pool_size)
    sites = {site.root_page_id: site for site in Site.objects.all()}
    articles_by_site: dict[Site, list[int]] = {}
    with step("articles"):
        for number, (home, tree) in enumerate(
            _progress(list(zip(homes, trees, strict=True)), desc="Bài viết, theo cổng")
        ):
            articles_by_site[sites[home.pk]] = insert_articles(
                per_portal,
                {slug: s for slug, s in tree.items() if slug != "tin-anh"},
                pool,
                now=now - timedelta(minutes=number),
                seed=7 + number,
            )
    with step("photo_stories"):
        for number, tree in enumerate(trees):
            report.photo_stories += len(
                insert_photo_stories(
                    max(3, per_portal // 100),
                    tree["tin-anh"],
                    pool,
                    now=now - timedelta(minutes=number),
                )
            )
    with step("documents"):
        from .documents import insert_documents

        for number, home in enumerate(homes):
            report.documents += insert_documents(
                home, per_portal, now=now, seed=11 + number
            )
    with step("proposals"):
        communes = {
            site: ids for site, ids in articles_by_site.items() if site != province
        }
        report.accepted = accept_into_province(communes, province, now=now)
    with step("search_index"):
        index_pages()
    report.portals = len(homes)
    report.articles = sum(len(ids) for ids in articles_by_site.values())
    report.images = len(pool)
    report.renditions = CustomRendition.objects.count()
    return report


def report_json(report: BuildReport, **extra) -> str:
    return json.dumps({**asdict(report), **extra}, ensure_ascii=False, indent=2)
