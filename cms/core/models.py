"""The abstract base page every content type builds on, and the one definition of
what readers may see."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Length, Substr
from django.shortcuts import redirect
from django.utils import timezone
from wagtail.models import Page, PageManager, Site
from wagtail.query import PageQuerySet
from wagtail.search import index

from .text import ascii_slugify, fold_diacritics


class ReaderPageQuerySet(PageQuerySet):
    def visible_to_readers(self):
        """Pages a reader may see: live, not behind a view restriction, not past
        their expiry time (even if the scheduler has not run yet).

        Pages scheduled for later are not live until the scheduler publishes
        them, and a draft or a revision awaiting approval never changes the live
        row, so ``live()`` covers those.
        """
        # One filter, not live().public().filter(): each call clones the
        # query, and a reader's request builds several of these. Without
        # restricted pages public() adds nothing to the SQL: nor does this.
        q = self.live_q()
        places = restricted_places()
        if places:
            q &= ~_behind(places)
        return self.filter(
            q & (Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
        )

    def private_q(self):
        """Wagtail's own (the pages at or below a view restriction, which
        ``public()`` excludes), from the restricted pages' places read once
        per content generation instead of in every reader query: a
        restriction's change, and a page's move, change the generation."""
        places = restricted_places()
        return _behind(places) if places else Q(pk__in=[])

    def in_site(self, site):
        """Pages of one portal: its home page and everything below it."""
        return self.descendant_of(site.root_page, inclusive=True)

    def in_open_portals(self):
        """Pages of every portal but the closed ones (cms/portal's
        ``PortalSettings.closed_at``, through the reverse relation on
        ``Site``): a province's search across all its portals."""
        from wagtail.models import Site

        closed = Site.objects.filter(
            portalsettings__closed_at__isnull=False
        ).values_list("root_page__path", flat=True)
        queryset = self
        for path in closed:
            queryset = queryset.exclude(path__startswith=path)
        return queryset

    def in_portal(self, site):
        """A portal's pages as its readers' lists and search see them: its own
        tree, and the pages of other (open) portals it accepted (a province
        accepting its communes' news). Their one page stays in their own tree,
        which is where details and links go."""
        return self.filter(
            Q(path__startswith=site.root_page.path) | Q(pk__in=accepted_into(site))
        )

    def next_expiry(self):
        """When the next live page passes its expiry time and leaves readers'
        sight (no signal marks that moment), or None."""
        return (
            self.live()
            .filter(expire_at__gt=timezone.now())
            .aggregate(soonest=models.Min("expire_at"))["soonest"]
        )


# How long a value kept per content generation may outlive its generation
# unread (a newer generation makes it a miss at once).
PER_GENERATION_SECONDS = 300


def _per_generation(name: str, compute):
    """``compute()``, kept for the current content generation: stored with
    the generation it was computed in, and read together with the current
    one (one round trip to the shared cache, not two)."""
    from .generation import GENERATION_KEY, content_generation

    key = f"reader:{name}"
    found = cache.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or content_generation()
    entry = found.get(key)
    if entry is not None and entry[0] == generation:
        return entry[1]
    value = compute()
    cache.set(key, (generation, value), PER_GENERATION_SECONDS)
    return value


def _behind(places) -> Q:
    """The pages at or below any of ``places`` ((path, depth) pairs)."""
    q = Q()
    for path, depth in places:
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    return q


def restricted_places() -> list[tuple[str, int]]:
    """(path, depth) of every page behind a view restriction."""
    from wagtail.models import PageViewRestriction

    places = _per_generation(
        "restricted",
        lambda: list(
            PageViewRestriction.objects.values_list("page__path", "page__depth")
        ),
    )
    return [tuple(place) for place in places]


def accepted_into(site):
    """The ids of the pages of other portals that ``site`` accepted, while
    their portal is open: cms/portal's ``NewsProposal``, reached through the
    reverse relation it puts on ``Page`` (that app builds on this one)."""
    return Page.objects.filter(
        news_proposals__province=site,
        news_proposals__status="accepted",
        news_proposals__portal__portalsettings__closed_at__isnull=True,
    ).values("pk")


def accepting_portals() -> frozenset[int]:
    """The ids of the sites that accepted pages of other (open) portals, read
    once per content generation instead of in every list: accepting a
    proposal, and closing, reopening or deleting a portal, change the
    generation (a pending or declined proposal shows nowhere)."""
    sites = _per_generation(
        "accepting",
        lambda: list(
            Page.objects.filter(
                news_proposals__status="accepted",
                news_proposals__portal__portalsettings__closed_at__isnull=True,
            )
            .order_by()
            .values_list("news_proposals__province", flat=True)
            .distinct()
        ),
    )
    return frozenset(sites)


def reader_pages() -> ReaderPageQuerySet:
    """Every kind of page, with the readers' querying rules (``Page.objects``
    is Wagtail's own manager and does not have them)."""
    return ReaderPageQuerySet(Page)


ReaderPageManager = PageManager.from_queryset(ReaderPageQuerySet)


def reader_path_for(url_path: str) -> str:
    """The reader-site path of a page from its Wagtail ``url_path``: the path
    below its site's home page ("/home/tin-tuc/x/" -> "/tin-tuc/x/")."""
    url_path = url_path or "/"
    site_root_path = "/".join(url_path.split("/")[:2]) + "/"
    return "/" + url_path[len(site_root_path) :]


class NewsPageQuerySet(ReaderPageQuerySet):
    def newest_first(self):
        return self.order_by(F("display_date").desc(nulls_last=True), "-pk")

    def listed_newest_first(self):
        """Newest first, in the order of the (display_date, id) index every news
        table has, so that a list page reads only its own rows of it (and a
        keyset cursor can resume there: api/pagination.py). A live page always
        has a date (``NewsPage.save``); one without cannot be placed in a list."""
        return self.filter(display_date__isnull=False).order_by("-display_date", "-pk")

    def for_listing(self):
        """What a list shows of the pages it has already picked by id: section
        and view count, read for those rows only."""
        return self.with_section().with_view_counts().for_summaries()

    def published_between(self, date_from=None, date_to=None):
        """Pages whose readers' date falls on or between two local dates."""
        queryset = self
        zone = timezone.get_current_timezone()
        if date_from is not None:
            start = datetime.datetime.combine(date_from, datetime.time.min, zone)
            queryset = queryset.filter(display_date__gte=start)
        if date_to is not None:
            end = datetime.datetime.combine(
                date_to + datetime.timedelta(days=1), datetime.time.min, zone
            )
            queryset = queryset.filter(display_date__lt=end)
        return queryset

    def in_section(self, section):
        """Pages of a section and of its subsections."""
        return self.descendant_of(section)

    def in_portal(self, site):
        """As ``ReaderPageQuerySet.in_portal``, from the news table's own
        ``portal`` column rather than the tree path on Wagtail's page table:
        a list then reads the (portal, display_date, id) index in order, and
        stops after its page, however many portals share the installation.
        A portal that accepted nothing (a commune) gets no OR at all, which
        would keep the planner from reading that index in order."""
        if site.pk not in accepting_portals():
            return self.filter(portal=site)
        return self.filter(Q(portal=site) | Q(pk__in=accepted_into(site)))

    def listed_in(self, site, section=None):
        """What a portal's list shows, all of it or one section: its own
        pages and those it accepted from other portals (``in_portal``); a
        section (of ``site``: api/params.py checks) shows its own pages, and a
        section that collects commune news (the province's "Tin cơ sở") the
        accepted ones too."""
        if section is None:
            return self.in_portal(site)
        # The portal first, so that the planner may read the portal's part of
        # the (portal, display_date, id) index and check the path of its rows
        # only.
        own = Q(portal=site, path__startswith=section.path, depth__gt=section.depth)
        if getattr(section, "collects_commune_news", False):
            return self.filter(own | Q(pk__in=accepted_into(site)))
        return self.filter(own)

    def with_section(self):
        """Annotates ``section_id`` and ``section_title``: the page's parent,
        read in the same query (a news page always sits in a section)."""
        parent = Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
        )
        return self.annotate(
            section_id=Subquery(parent.values("pk")[:1]),
            section_title=Subquery(parent.values("title")[:1]),
        )

    def with_view_counts(self):
        """Annotates ``view_count``, the page's total views, in the same query.

        Every search result and built summary or detail of the API reads
        this annotation; the answers made of stored fragments read the same
        figures by id (cms/stats ``view_counts``). The statistics app
        (cms/stats), which builds on this one, provides the expression
        (``provide_view_counts``); without it every count is 0.
        """
        expression = _view_count_expression or (
            lambda: Value(0, output_field=models.IntegerField())
        )
        return self.annotate(view_count=expression())

    def for_readers(self, site):
        """The pages of ``site`` that readers may see, newest first, with their
        section and view count."""
        return (
            self.visible_to_readers()
            .in_site(site)
            .with_section()
            .with_view_counts()
            .newest_first()
        )


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)

_view_count_expression = None


def provide_view_counts(expression) -> None:
    """Called by the statistics app when it is ready: ``expression()`` makes
    the annotation of each page's total views. So this app knows nothing of
    statistics, and the dependency runs one way."""
    global _view_count_expression
    _view_count_expression = expression


def _frontend_url(page) -> str:
    return settings.FRONTEND_URL


_reader_site_url = _frontend_url


def provide_reader_site_url(reader_site_url) -> None:
    """Called by the portal app when it is ready: ``reader_site_url(page)`` is
    the address of the reader site that serves the page's portal (its host,
    with FRONTEND_URL's scheme and port). Without it, FRONTEND_URL."""
    global _reader_site_url
    _reader_site_url = reader_site_url


class BasePage(Page):
    """A page of the portal. The CMS is headless: readers see pages on the reader
    site, so "view live" and public URLs point there."""

    objects = ReaderPageManager()

    class Meta:
        abstract = True

    def _set_core_field_defaults(self):
        # Wagtail's own slugify drops "đ" and every letter with stacked marks
        # ("Đẩy" -> "y"); fold the title to ASCII first so the slug stays readable.
        if not self.slug and self.title:
            parent_is_known = bool(
                self.path or getattr(self, "_cached_parent_obj", None)
            )
            base_slug = ascii_slugify(self.title)
            if parent_is_known and base_slug:
                self.slug = self._get_autogenerated_slug(base_slug)
        elif self.slug and not self.slug.isascii():
            self.slug = ascii_slugify(self.slug)
        super()._set_core_field_defaults()

    @property
    def reader_path(self) -> str:
        """The page's path on the reader site, e.g. "/tin-tuc/ten-bai-viet/"."""
        return reader_path_for(self.url_path)

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request=request)
        if parts is None:
            return None
        site_id, _root_url, page_path = parts
        return site_id, settings.FRONTEND_URL, page_path

    def serve(self, request, *args, **kwargs):
        return redirect(settings.FRONTEND_URL + self.reader_path)

    def serve_preview(self, request, mode_name):
        """Wagtail's preview (the panel, the preview button, a moderator's view
        of a revision): keep this unsaved state for the reader site to fetch
        through the API, and send the browser to the reader site's preview on
        the page's own portal: the API shows a preview only on the portal whose
        tree holds the page."""
        from .preview import store_preview

        token = store_preview(self)
        return redirect(f"{_reader_site_url(self)}/preview/?token={token}")

    def reader_images(self) -> list:
        """The images this page shows readers, whose renditions are made when it
        is published (cms/images/renditions.py)."""
        return []


def _paths_to(path: str) -> list[str]:
    """The tree paths of the page at ``path`` and of its ancestors, the
    tree's root first."""
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def portal_for_path(path: str) -> Site | None:
    """The site (portal) whose tree holds the page with this tree path: the
    one whose root page is the page or its nearest ancestor. One query.
    (cms/portal keeps a per-process map of the sites, but this app builds
    under that one and cannot ask it; a page save is rare enough.)"""
    prefixes = _paths_to(path)
    if not prefixes:
        return None
    return (
        Site.objects.filter(root_page__path__in=prefixes)
        .order_by("-root_page__depth")
        .first()
    )


def news_models() -> list[type]:
    """Every concrete news page model (the apps that define them build on
    this one, so they are found, not imported)."""
    from django.apps import apps

    return [
        model
        for model in apps.get_models()
        if issubclass(model, NewsPage) and not model._meta.proxy
    ]


def assign_portals(path: str) -> None:
    """Set ``portal`` on every news page at or below the tree path ``path``
    from the sites as they are now: after a move, or a site made or given
    another root page. Set-based: one UPDATE per news table, and one more per
    site whose root lies inside the subtree (rare: roots do not nest)."""
    prefixes = _paths_to(path)
    sites = list(
        Site.objects.filter(
            Q(root_page__path__in=prefixes) | Q(root_page__path__startswith=path)
        )
        .select_related("root_page")
        .order_by("root_page__depth", "pk")
    )
    above = [site for site in sites if site.root_page.path in prefixes]
    containing = above[-1] if above else None
    inside = [
        site
        for site in sites
        if site not in above and site.root_page.path.startswith(path)
    ]
    for model in news_models():
        pages = model.objects.filter(path__startswith=path)
        if containing is None:
            pages.filter(portal__isnull=False).update(portal=None)
        else:
            pages.exclude(portal=containing).update(portal=containing)
        # Deeper roots last: the nearest ancestor wins.
        for site in inside:
            model.objects.filter(path__startswith=site.root_page.path).update(
                portal=site
            )


class NewsPage(BasePage):
    """Fields shared by everything published as news: the date readers see and
    the signature (author and unit) at the end."""

    display_date = models.DateTimeField(
        "ngày đăng",
        null=True,
        blank=True,
        db_index=True,
        help_text="Ngày giờ hiện cho bạn đọc. Để trống để lấy thời điểm xuất bản "
        "lần đầu.",
    )
    author_name = models.CharField(
        "tác giả", max_length=255, blank=True, help_text="Ví dụ: Minh Anh."
    )
    source_unit = models.CharField(
        "đơn vị",
        max_length=255,
        blank=True,
        help_text="Đơn vị gửi tin, ví dụ: Trung tâm VH&TT huyện.",
    )
    # The portal whose tree holds the page, copied from its tree path onto the
    # news table so that a portal's list reads one index, (portal,
    # display_date, id), in order (``NewsPageQuerySet.in_portal``). Kept by
    # ``save`` and by cms/core/news_portals.py (moves, sites).
    portal = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name="cổng",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        # The (portal, display_date, id) index of each table serves lookups.
        db_index=False,
    )

    search_fields = [
        *BasePage.search_fields,
        # Wagtail's own index serves the admin's page search only (readers'
        # search has its own: cms/core/search.py), so it holds what editors
        # look a page up by: the title, also without diacritics, and the author.
        index.SearchField("author_name"),
        index.SearchField("search_title_folded"),
        index.FilterField("display_date"),
        # visible_to_readers() filters on it, also inside a search.
        index.FilterField("expire_at"),
    ]

    objects = NewsPageManager()
    # What searchable_texts() reads, loaded once per chunk when the readers'
    # search index is rebuilt (cms/core/search_index.py).
    search_prefetch: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Publishing sets first_published_at before saving the live row: use it
        # as the readers' date unless the editor chose one.
        if self.live and self.display_date is None:
            self.display_date = self.first_published_at or timezone.now()
        # Computed on every save, not trusted from the object: a revision
        # being published or a copy carries the portal of where it was made.
        # A save of named fields that leaves the path alone (Wagtail's
        # bookkeeping) leaves the portal alone too.
        update_fields = kwargs.get("update_fields")
        if self.path and (update_fields is None or "path" in update_fields):
            site = portal_for_path(self.path)
            self.portal_id = site.pk if site else None
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "portal"}
        super().save(*args, **kwargs)

    @property
    def reader_date(self):
        return self.display_date or self.first_published_at

    def searchable_texts(self) -> list[str]:
        """The texts a reader may search for; subclasses add their own."""
        return [self.title, self.author_name, self.source_unit]

    def search_title_folded(self) -> str:
        return fold_diacritics(self.title)

    def snippet_texts(self) -> list[str]:
        """The texts a search snippet is cut from, best first; subclasses add
        their own."""
        return []


class SearchDocument(models.Model):
    """A news page as readers' search knows it (cms/core/search.py): its type,
    and its place in the order of recency. The words are in the database's own
    full-text index beside this table (FTS5 on SQLite, a ``tsvector`` column
    on PostgreSQL), which the migration creates."""

    page = models.OneToOneField(
        Page, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    # The readers' date in minutes, times 2**32, plus the page id: unique, and
    # newest first in descending order (the FTS5 rowid on SQLite).
    key = models.BigIntegerField(unique=True)

    class Meta:
        verbose_name = "mục tìm kiếm"
        verbose_name_plural = "mục tìm kiếm"

    def __str__(self):
        return f"Trang {self.page_id}"
