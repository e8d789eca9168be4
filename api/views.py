"""The public API's endpoints: anonymous, read-only, JSON. Each view validates
its parameters (api/filters.py), then answers from the shared response cache
or builds the answer (api/answers.py)."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.views import APIView
from wagtail.models import Site

from cms.articles.models import ArticlePage
from cms.core.preview import load_preview
from cms.photostories.models import PhotoStoryPage

from . import answers
from . import serializers as s
from .caching import cached_answer, uncached_json
from .filters import (
    MAX_ID,
    SLUG,
    NewsListParams,
    PathParams,
    PreviewParams,
    SearchParams,
    validated,
)
from .preview import preview_answer

ERRORS = {
    400: OpenApiResponse(s.ErrorSerializer, description="Tham số không hợp lệ."),
    404: OpenApiResponse(s.ErrorSerializer, description="Không tìm thấy."),
}
NOT_MODIFIED = {
    304: OpenApiResponse(
        description="Không đổi từ lần trước (If-None-Match / If-Modified-Since)."
    )
}
CONDITIONAL_HEADERS = [
    OpenApiParameter(
        "If-None-Match",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        description="ETag của câu trả lời trước: 304 nếu nội dung không đổi.",
    ),
    OpenApiParameter(
        "If-Modified-Since",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        description="Last-Modified của câu trả lời trước: 304 nếu không đổi.",
    ),
]


def responses(ok, *error_codes):
    return {
        200: ok,
        **NOT_MODIFIED,
        **{code: ERRORS[code] for code in error_codes},
    }


class ReaderView(APIView):
    """Anonymous and read-only; answers are scoped to the Wagtail site of the
    request's host."""

    http_method_names = ["get", "head", "options"]

    def site(self) -> Site:
        site = Site.find_for_request(self.request)
        if site is None:
            raise NotFound("Không có cổng thông tin nào ở địa chỉ này.")
        return site


class ArticleListView(ReaderView):
    model = ArticlePage

    @extend_schema(
        operation_id="articles_list",
        summary="Bài viết, mới nhất trước",
        parameters=[NewsListParams, *CONDITIONAL_HEADERS],
        responses=responses(
            s.paginated("ArticleList", s.ArticleSummarySerializer(many=True)),
            400,
            404,
        ),
        tags=["articles"],
    )
    def get(self, request):
        site = self.site()
        params = validated(NewsListParams, request, site=site)
        return cached_answer(
            request,
            f"{self.model._meta.label}:list",
            answers.cache_params(params),
            lambda: answers.news_list(request, site, self.model, params),
        )


class PhotoStoryListView(ArticleListView):
    model = PhotoStoryPage

    @extend_schema(
        operation_id="photo_stories_list",
        summary="Tin ảnh, mới nhất trước",
        parameters=[NewsListParams, *CONDITIONAL_HEADERS],
        responses=responses(
            s.paginated("PhotoStoryList", s.PhotoStorySummarySerializer(many=True)),
            400,
            404,
        ),
        tags=["photo-stories"],
    )
    def get(self, request):
        return super().get(request)


class ArticleDetailView(ReaderView):
    model = ArticlePage

    @extend_schema(
        operation_id="articles_retrieve",
        summary="Một bài viết, đủ mọi trường",
        parameters=CONDITIONAL_HEADERS,
        responses=responses(s.ArticleDetailSerializer, 404),
        tags=["articles"],
    )
    def get(self, request, pk: int):
        site = self.site()
        if pk > MAX_ID:
            raise NotFound()
        return cached_answer(
            request,
            f"{self.model._meta.label}:detail",
            {"pk": pk},
            lambda: answers.news_detail(request, site, self.model, pk),
        )


class PhotoStoryDetailView(ArticleDetailView):
    model = PhotoStoryPage

    @extend_schema(
        operation_id="photo_stories_retrieve",
        summary="Một tin ảnh, với mọi ảnh và chú thích",
        parameters=CONDITIONAL_HEADERS,
        responses=responses(s.PhotoStoryDetailSerializer, 404),
        tags=["photo-stories"],
    )
    def get(self, request, pk: int):
        return super().get(request, pk)


class PageByPathView(ReaderView):
    @extend_schema(
        operation_id="pages_by_path",
        summary="Trang ở một đường dẫn của trang tin",
        description="Bài viết, tin ảnh, chuyên mục hoặc trang chủ; trường "
        "`type` cho biết dạng của `page`.",
        parameters=[PathParams, *CONDITIONAL_HEADERS],
        responses=responses(s.PAGE_ANSWER_SCHEMA, 400, 404),
        tags=["pages"],
    )
    def get(self, request):
        site = self.site()
        params = validated(PathParams, request)
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
        responses=responses(
            s.inline_serializer(
                "SectionTreeAnswer", {"results": s.SectionTreeSerializer(many=True)}
            ),
            404,
        ),
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
        responses=responses(s.TagDetailSerializer, 404),
        tags=["tags"],
    )
    def get(self, request, slug: str):
        site = self.site()
        if not SLUG.match(slug) or len(slug) > 100:
            raise NotFound("Không có từ khóa này.")
        return cached_answer(
            request, "tag", {"slug": slug}, lambda: answers.tag_detail(site, slug)
        )


class SiteView(ReaderView):
    @extend_schema(
        operation_id="site_retrieve",
        summary="Thông tin cổng: tên, đơn vị, logo, liên hệ, chân trang",
        parameters=CONDITIONAL_HEADERS,
        responses=responses(s.SiteSerializer, 404),
        tags=["site"],
    )
    def get(self, request):
        site = self.site()
        return cached_answer(
            request, "site", {}, lambda: answers.site_info(request, site)
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
            **responses(
                s.paginated(
                    "SearchResultList",
                    s.SEARCH_RESULT_SCHEMA,
                    count_is_estimate=s.SEARCH_COUNT_IS_ESTIMATE,
                ),
                400,
                404,
            ),
            503: OpenApiResponse(
                s.ErrorSerializer,
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
        responses={200: s.PAGE_ANSWER_SCHEMA, 400: ERRORS[400], 404: ERRORS[404]},
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
