"""The public API's endpoints: anonymous, read-only, JSON. Each view validates
its parameters, path and query alike (api/params.py), then answers from the
shared response cache or builds the answer (api/answers.py)."""

from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework.exceptions import NotFound
from rest_framework.views import APIView
from wagtail.models import Site

from cms.articles.models import ArticlePage
from cms.core.preview import load_preview
from cms.photostories.models import PhotoStoryPage

from . import answers
from .caching import cached_answer, uncached_json
from .params import (
    NewsDetailParams,
    NewsListParams,
    OrganisationParams,
    PageByPathParams,
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
    OrganisationSerializer,
    PhotoStoryDetailSerializer,
    PhotoStoryListSerializer,
    SearchResultListSerializer,
    SectionTreeAnswerSerializer,
    SiteSerializer,
    TagDetailSerializer,
)


class ReaderView(APIView):
    """Anonymous and read-only; answers are scoped to the Wagtail site of the
    request's host."""

    http_method_names = ["get", "head", "options"]

    def site(self) -> Site:
        site = Site.find_for_request(self.request)
        if site is None:
            raise NotFound("Không có cổng thông tin nào ở địa chỉ này.")
        return site


# The news pages of ``model`` readers may see, newest first. (A docstring
# would replace ReaderView's in the document.)
class NewsListView(ReaderView):
    model = None

    def get(self, request):
        site = self.site()
        params = validated(NewsListParams, request, site=site)
        return cached_answer(
            request,
            f"{self.model._meta.label}:list",
            answers.cache_params(params),
            lambda: answers.news_list(request, site, self.model, params),
        )


# One news page of ``model``, with every field.
class NewsDetailView(ReaderView):
    model = None

    def get(self, request, **path):
        site = self.site()
        params = validated(NewsDetailParams, request, path)
        return cached_answer(
            request,
            f"{self.model._meta.label}:detail",
            {"pk": params["id"]},
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
        parameters=CONDITIONAL_HEADERS,
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
        parameters=CONDITIONAL_HEADERS,
        responses=responses(PhotoStoryDetailSerializer, 404),
        tags=["photo-stories"],
    )
)
class PhotoStoryDetailView(NewsDetailView):
    model = PhotoStoryPage


class PageByPathView(ReaderView):
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
            request,
            "pages:by-path",
            params,
            lambda: answers.page_by_path(request, site, params["path"]),
        )


class SectionListView(ReaderView):
    @extend_schema(
        operation_id="sections_list",
        summary="Cây chuyên mục, theo thứ tự trên thanh điều hướng",
        parameters=CONDITIONAL_HEADERS,
        responses=responses(SectionTreeAnswerSerializer, 404),
        tags=["sections"],
    )
    def get(self, request):
        site = self.site()
        return cached_answer(
            request, "sections", {}, lambda: answers.section_tree(site)
        )


class TagDetailView(ReaderView):
    @extend_schema(
        operation_id="tags_retrieve",
        summary="Một từ khóa và số tin có từ khóa ấy",
        parameters=CONDITIONAL_HEADERS,
        responses=responses(TagDetailSerializer, 404),
        tags=["tags"],
    )
    def get(self, request, **path):
        site = self.site()
        params = validated(TagParams, request, path)
        return cached_answer(
            request,
            "tag",
            {"slug": params["slug"]},
            lambda: answers.tag_detail(site, params["slug"]),
        )


class SiteView(ReaderView):
    @extend_schema(
        operation_id="site_retrieve",
        summary="Thông tin cổng: tên, đơn vị, logo, liên hệ, chân trang",
        parameters=CONDITIONAL_HEADERS,
        responses=responses(SiteSerializer, 404),
        tags=["site"],
    )
    def get(self, request):
        site = self.site()
        return cached_answer(
            request, "site", {}, lambda: answers.site_info(request, site)
        )


class OrganisationView(ReaderView):
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
            request,
            "organisation",
            {"site": site.pk, **params},
            lambda: answers.organisation(site, params["lang"]),
        )


class SearchView(ReaderView):
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
            **responses(SearchResultListSerializer, 400, 404),
            503: OpenApiResponse(
                ERRORS[404].response,
                description="Tìm kiếm quá thời hạn (SEARCH_TIMEOUT_MS): thử lại "
                "sau số giây trong Retry-After.",
            ),
        },
        tags=["search"],
    )
    def get(self, request):
        site = self.site()
        params = validated(SearchParams, request)
        return cached_answer(
            request,
            "search",
            answers.cache_params(params),
            lambda: answers.search(request, site, params),
        )


class PreviewView(ReaderView):
    @extend_schema(
        operation_id="preview",
        summary="Bản xem trước (chưa lưu) của một trang",
        description="Cùng dạng với /pages/by-path/. Không bao giờ được lưu đệm "
        "(Cache-Control: no-store); mã xem trước hết hạn sau 10 phút.",
        parameters=[PreviewParams],
        responses={200: PAGE_ANSWER, 400: ERRORS[400], 404: ERRORS[404]},
        tags=["pages"],
    )
    def get(self, request):
        site = self.site()
        params = validated(PreviewParams, request)
        page = load_preview(params["token"])
        if page is None:
            raise NotFound("Bản xem trước không tồn tại hoặc đã hết hạn.")
        return uncached_json(
            preview_answer(request, site, page), X_Robots_Tag="noindex"
        )
