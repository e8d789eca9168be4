"""The public API's endpoints: anonymous, read-only, JSON. Each view validates
its parameters, path and query alike (api/params.py), then answers from the
shared response cache or builds the answer (api/answers.py)."""

from django.conf import settings
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework.exceptions import NotFound
from rest_framework.views import APIView
from wagtail.models import Site

from cms.articles.models import ArticlePage
from cms.core.preview import load_preview
from cms.photostories.models import PhotoStoryPage
from cms.portal import sites

from . import answers, limits
from .caching import cached_answer, query_names, uncached_json
from .errors import PortalClosed
from .params import (
    DocumentListParams,
    NewsDetailParams,
    NewsListParams,
    OrganisationParams,
    PageByPathParams,
    PortalParams,
    PreviewParams,
    SearchParams,
    TagParams,
    validated,
)
from .preview import preview_answer
from .schema import CONDITIONAL_HEADERS, ERRORS, PAGE_ANSWER, responses
from .serializers import (
    ArticleDetailSerializer,
    ArticleListSerializer,
    DocumentDetailSerializer,
    DocumentFacetsSerializer,
    DocumentListSerializer,
    OrganisationSerializer,
    PhotoStoryDetailSerializer,
    PhotoStoryListSerializer,
    PortalListSerializer,
    SearchResultListSerializer,
    SectionTreeAnswerSerializer,
    SiteSerializer,
    TagDetailSerializer,
)


class ReaderView(APIView):
    """Anonymous and read-only; answers are scoped to one portal: the one the
    ``portal`` parameter names, else the Wagtail site of the request's host."""

    http_method_names = ["get", "head", "options"]
    # The query parameters a cached answer depends on (api/caching.py); None
    # for a view whose answers are never cached.
    query_names: tuple[str, ...] | None = None

    def site_map_max_age(self) -> float:
        """Seconds since its last check a process's map of the sites may be
        used unchecked (cms/portal/sites.py): none for a view whose answer may
        be cached, or the answer could outlive the map."""
        return 0.0

    def site(self) -> Site:
        portal = self.request.query_params.get("portal", "").strip()
        max_age = self.site_map_max_age()
        if portal:
            site = sites.find_for_hostname(portal, max_age)
            if site is None:
                raise NotFound("Không có cổng thông tin nào có tên miền này.")
        else:
            site = sites.find_for_request(self.request, max_age)
            if site is None:
                raise NotFound("Không có cổng thông tin nào ở địa chỉ này.")
        # From the map the lookup above just checked (closing a portal
        # rebuilds it): no query, no second cache read.
        closed = sites.known_site_map().portal(site.pk)
        if closed is not None and closed.closed:
            raise PortalClosed(closed.redirect_url)
        return site


# The news pages of ``model`` readers may see, newest first. (A docstring
# would replace ReaderView's in the document.)
class NewsListView(ReaderView):
    model = None
    query_names = query_names(NewsListParams)

    def get(self, request):
        site = self.site()
        params = validated(NewsListParams, request, site=site)
        return cached_answer(
            request, lambda: answers.news_list(request, site, self.model, params)
        )


# One news page of ``model``, with every field.
class NewsDetailView(ReaderView):
    model = None
    query_names = query_names(NewsDetailParams)

    def get(self, request, **path):
        site = self.site()
        params = validated(NewsDetailParams, request, path)
        return cached_answer(
            request,
            lambda: answers.news_detail(request, site, self.model, params["id"]),
        )


@extend_schema_view(
    get=extend_schema(
        operation_id="articles_list",
        summary="Bài viết, mới nhất trước",
        parameters=[NewsListParams, *CONDITIONAL_HEADERS],
        responses=responses(ArticleListSerializer, 400, 404),
        tags=["articles"],
    )
)
class ArticleListView(NewsListView):
    model = ArticlePage


@extend_schema_view(
    get=extend_schema(
        operation_id="photo_stories_list",
        summary="Tin ảnh, mới nhất trước",
        parameters=[NewsListParams, *CONDITIONAL_HEADERS],
        responses=responses(PhotoStoryListSerializer, 400, 404),
        tags=["photo-stories"],
    )
)
class PhotoStoryListView(NewsListView):
    model = PhotoStoryPage


@extend_schema_view(
    get=extend_schema(
        operation_id="articles_retrieve",
        summary="Một bài viết, đủ mọi trường",
        parameters=[PortalParams, *CONDITIONAL_HEADERS],
        responses=responses(ArticleDetailSerializer, 404),
        tags=["articles"],
    )
)
class ArticleDetailView(NewsDetailView):
    model = ArticlePage


@extend_schema_view(
    get=extend_schema(
        operation_id="photo_stories_retrieve",
        summary="Một tin ảnh, với mọi ảnh và chú thích",
        parameters=[PortalParams, *CONDITIONAL_HEADERS],
        responses=responses(PhotoStoryDetailSerializer, 404),
        tags=["photo-stories"],
    )
)
class PhotoStoryDetailView(NewsDetailView):
    model = PhotoStoryPage


class PageByPathView(ReaderView):
    query_names = query_names(PageByPathParams)

    @extend_schema(
        operation_id="pages_by_path",
        summary="Trang ở một đường dẫn của trang tin",
        description="Bài viết, tin ảnh, chuyên mục hoặc trang chủ; trường "
        "`type` cho biết dạng của `page`.",
        parameters=[PageByPathParams, *CONDITIONAL_HEADERS],
        responses=responses(PAGE_ANSWER, 400, 404),
        tags=["pages"],
    )
    def get(self, request):
        site = self.site()
        params = validated(PageByPathParams, request)
        return cached_answer(
            request, lambda: answers.page_by_path(request, site, params["path"])
        )


class SectionListView(ReaderView):
    query_names = query_names(PortalParams)

    @extend_schema(
        operation_id="sections_list",
        summary="Cây chuyên mục, theo thứ tự trên thanh điều hướng",
        parameters=[PortalParams, *CONDITIONAL_HEADERS],
        responses=responses(SectionTreeAnswerSerializer, 404),
        tags=["sections"],
    )
    def get(self, request):
        site = self.site()
        validated(PortalParams, request)
        return cached_answer(request, lambda: answers.section_tree(site))


class TagDetailView(ReaderView):
    query_names = query_names(TagParams)

    @extend_schema(
        operation_id="tags_retrieve",
        summary="Một từ khóa và số tin có từ khóa ấy",
        parameters=[PortalParams, *CONDITIONAL_HEADERS],
        responses=responses(TagDetailSerializer, 404),
        tags=["tags"],
    )
    def get(self, request, **path):
        site = self.site()
        params = validated(TagParams, request, path)
        return cached_answer(request, lambda: answers.tag_detail(site, params["slug"]))


class SiteView(ReaderView):
    query_names = query_names(PortalParams)

    @extend_schema(
        operation_id="site_retrieve",
        summary="Thông tin cổng: tên, đơn vị, logo, liên hệ, chân trang",
        parameters=[PortalParams, *CONDITIONAL_HEADERS],
        responses=responses(SiteSerializer, 404),
        tags=["site"],
    )
    def get(self, request):
        site = self.site()
        validated(PortalParams, request)
        return cached_answer(request, lambda: answers.site_info(request, site))


class OrganisationView(ReaderView):
    query_names = query_names(OrganisationParams)

    @extend_schema(
        operation_id="organisation_retrieve",
        summary="Cơ cấu tổ chức, cán bộ phụ trách và liên hệ, tiếng Việt hoặc Anh",
        description="Theo Nghị định 42/2022/NĐ-CP: chức năng, nhiệm vụ, sơ đồ "
        "tổ chức và liên hệ của cán bộ phụ trách; bản tiếng Anh với lang=en.",
        parameters=[OrganisationParams, *CONDITIONAL_HEADERS],
        responses=responses(OrganisationSerializer, 400, 404),
        tags=["organisation"],
    )
    def get(self, request):
        site = self.site()
        params = validated(OrganisationParams, request)
        return cached_answer(
            request, lambda: answers.organisation(site, params["lang"])
        )


class SearchView(ReaderView):
    query_names = query_names(SearchParams)

    @extend_schema(
        operation_id="search",
        summary="Tìm bài viết và tin ảnh, có dấu hoặc không dấu",
        description='Khớp mọi từ của truy vấn, bất kể dấu: "cai cach" tìm ra '
        '"cải cách". Truy vấn có dấu xếp các tin viết đúng như thế lên trước; '
        "sau đó theo mức liên quan, rồi tin mới hơn. Tối đa 500 kết quả; khi "
        "có nhiều hơn, count_is_estimate là true. Một truy vấn quá lâu được "
        "dừng lại: 503 với Retry-After.",
        parameters=[SearchParams, *CONDITIONAL_HEADERS],
        responses={
            **responses(SearchResultListSerializer, 400, 404, 429),
            503: OpenApiResponse(
                ERRORS[404].response,
                description="Tìm kiếm quá thời hạn (SEARCH_TIMEOUT_MS): thử lại "
                "sau số giây trong Retry-After.",
            ),
        },
        tags=["search"],
    )
    def get(self, request):
        # A search served from the cache is not counted (api/caching.py).
        limits.limit(request, "search", settings.SEARCH_RATE_LIMIT)
        site = self.site()
        params = validated(SearchParams, request, site=site)
        return cached_answer(request, lambda: answers.search(request, site, params))


class PreviewView(ReaderView):
    @extend_schema(
        operation_id="preview",
        summary="Bản xem trước (chưa lưu) của một trang",
        description="Cùng dạng với /pages/by-path/. Không bao giờ được lưu đệm "
        "(Cache-Control: no-store); mã xem trước hết hạn sau 10 phút.",
        parameters=[PreviewParams],
        responses={
            200: PAGE_ANSWER,
            400: ERRORS[400],
            404: ERRORS[404],
            410: ERRORS[410],
        },
        tags=["pages"],
    )
    def get(self, request):
        site = self.site()
        params = validated(PreviewParams, request)
        page = load_preview(params["token"])
        if page is None or not page.url_path.startswith(site.root_page.url_path):
            raise NotFound("Bản xem trước không tồn tại hoặc đã hết hạn.")
        return uncached_json(
            preview_answer(request, site, page), X_Robots_Tag="noindex"
        )


class PortalListView(ReaderView):
    query_names = ()

    @extend_schema(
        operation_id="portals_list",
        summary="Các cổng thông tin của hệ thống: cổng tỉnh trước, rồi theo tên",
        description="Mỗi cổng có hostname: dùng làm tham số portal của mọi "
        "endpoint khác để lấy nội dung của cổng ấy.",
        parameters=CONDITIONAL_HEADERS,
        responses=responses(PortalListSerializer),
        tags=["portals"],
    )
    def get(self, request):
        return cached_answer(request, answers.portal_list)


class DocumentListView(ReaderView):
    query_names = query_names(DocumentListParams)

    @extend_schema(
        operation_id="documents_list",
        summary="Văn bản, ban hành mới nhất trước, tìm theo số/ký hiệu hoặc trích yếu",
        description="Tìm số/ký hiệu bất kể dấu, hoa thường và dấu phân cách "
        '("15 2025 QD UBND", "qđ-ubnd 15" đều tìm ra 15/2025/QĐ-UBND), hoặc '
        "các từ trong trích yếu có dấu hay không dấu; lọc theo loại, lĩnh vực, "
        "cơ quan ban hành, năm ban hành, tình trạng hiệu lực.",
        parameters=[DocumentListParams, *CONDITIONAL_HEADERS],
        responses=responses(DocumentListSerializer, 400, 404),
        tags=["documents"],
    )
    def get(self, request):
        site = self.site()
        params = validated(DocumentListParams, request)
        return cached_answer(
            request, lambda: answers.document_list(request, site, params)
        )


class DocumentDetailView(ReaderView):
    query_names = query_names(NewsDetailParams)

    @extend_schema(
        operation_id="documents_retrieve",
        summary="Một văn bản, với các tệp và văn bản thay thế",
        parameters=[PortalParams, *CONDITIONAL_HEADERS],
        responses=responses(DocumentDetailSerializer, 404),
        tags=["documents"],
    )
    def get(self, request, **path):
        site = self.site()
        params = validated(NewsDetailParams, request, path)
        return cached_answer(
            request, lambda: answers.document_detail(request, site, params["id"])
        )


class DocumentFacetsView(ReaderView):
    query_names = query_names(PortalParams)

    @extend_schema(
        operation_id="documents_facets",
        summary="Lựa chọn của các bộ lọc văn bản, với số văn bản mỗi lựa chọn",
        parameters=[PortalParams, *CONDITIONAL_HEADERS],
        responses=responses(DocumentFacetsSerializer, 404),
        tags=["documents"],
    )
    def get(self, request):
        site = self.site()
        return cached_answer(request, lambda: answers.document_facets(site))
