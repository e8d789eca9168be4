"""The statistics endpoints: the beacon (POST, or a 1x1 GIF for readers
without JavaScript), the reader box's figures and the most-read list. Thin:
counting rules live in cms/stats/services.py."""

import base64
import hashlib
import json
import time

from django.conf import settings
from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import APIException, NotFound, ValidationError
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

from api import limits
from api.caching import cached_answer, conditional_json, query_names
from api.params import PortalParams, validated
from api.schema import CONDITIONAL_HEADERS, ERRORS, responses
from api.serializers import ErrorSerializer
from api.views import ReaderView
from cms.articles.models import ArticlePage
from cms.photostories.models import PhotoStoryPage
from cms.stats import services
from cms.stats.paths import InvalidPath, UnknownPath

from .serializers import (
    HitAnswerSerializer,
    HitSerializer,
    MostReadAnswerSerializer,
    MostReadParams,
    SiteFiguresSerializer,
)

# A beacon body is {"path": "..."}: a path is at most 500 characters, so 2 KB
# leaves room for escaping and is still nothing to store or parse.
MAX_BODY_BYTES = 2048
FIGURES_MAX_AGE = 10
# A transparent 1x1 GIF (42 bytes).
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
MOST_READ_MODELS = (ArticlePage, PhotoStoryPage)


class PlainTextJSONParser(JSONParser):
    """JSON sent as text/plain: what navigator.sendBeacon sends, and a "simple"
    request a browser posts across origins without a CORS preflight."""

    media_type = "text/plain"


class BeaconView(ReaderView):
    """A view that counts a page view: rate-limited per client, with the
    limit's count made in the same Redis call as the view's."""

    def site_map_max_age(self) -> float:
        # The busiest endpoint may use a map of the sites a few seconds old
        # (cms/portal/sites.py): a change to the sites reaches beacons that much
        # later, and a beacon's answer is never cached.
        return settings.BEACON_SITE_MAP_SECONDS

    def count_view(self, request, data) -> bool:
        """Count the view of the page ``data`` names; True if counted. Raises
        RateLimited past the client's limit, whatever else is wrong."""
        with limits.counted_with_the_hit(
            request, "beacon", settings.BEACON_RATE_LIMIT
        ) as allowance:
            site = self.site()
            params = HitSerializer(data=data)
            params.is_valid(raise_exception=True)
            path = params.validated_data["path"]
            try:
                return services.record_request(request, path, site, allowance)
            except InvalidPath as error:
                raise ValidationError({"path": [str(error)]}) from None
            except UnknownPath:
                raise NotFound("Không có trang nào ở đường dẫn này.") from None


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = f"Nội dung gửi lên quá lớn (tối đa {MAX_BODY_BYTES} byte)."
    default_code = "payload_too_large"


ERROR_413 = OpenApiResponse(
    ErrorSerializer, description=f"Nội dung lớn hơn {MAX_BODY_BYTES} byte."
)
ERROR_415 = OpenApiResponse(
    ErrorSerializer,
    description="Nội dung không phải JSON (application/json hoặc text/plain).",
)
NO_STORE = {"Cache-Control": "no-store"}


class HitView(BeaconView):
    http_method_names = ["post", "options"]
    parser_classes = [JSONParser, PlainTextJSONParser]

    @extend_schema(
        operation_id="stats_hits_create",
        summary="Ghi một lượt xem trang (beacon của trang tin)",
        description="Trình duyệt của bạn đọc gửi khi mở một trang. Không dùng "
        "cookie, không lưu địa chỉ IP hay trình duyệt (docs/statistics.md). "
        "Bot không được tính; cùng người xem lại cùng trang trong 30 phút chỉ "
        "tính một lần; Do Not Track / Sec-GPC: tính lượt xem, không tính khách. "
        "Lượt xem chỉ tính cho cổng được hỏi (tham số portal, hoặc tên miền "
        "của yêu cầu), và đường dẫn phải là một trang của cổng đó. "
        "Nhận cả application/json và text/plain (navigator.sendBeacon). "
        f"Nội dung tối đa {MAX_BODY_BYTES} byte.",
        request=HitSerializer,
        parameters=[PortalParams],
        responses={
            202: HitAnswerSerializer,
            400: ERRORS[400],
            404: ERRORS[404],
            410: ERRORS[410],
            413: ERROR_413,
            429: ERRORS[429],
            415: ERROR_415,
        },
        tags=["stats"],
    )
    def post(self, request):
        counted = self.count_view(request, request.data)
        return Response({"counted": counted}, status=202, headers=NO_STORE)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Before the body is parsed: a client announcing too much is refused
        # without reading it; one not announcing (chunked) is refused once
        # the body is read, which Django caps at DATA_UPLOAD_MAX_MEMORY_SIZE.
        if request.method == "POST":
            try:
                announced = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                announced = 0
            if announced > MAX_BODY_BYTES or len(request.body) > MAX_BODY_BYTES:
                raise PayloadTooLarge()

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if isinstance(exc, PayloadTooLarge):
            # api/errors.py knows the codes of the statuses every endpoint has.
            response.data["error"]["code"] = exc.default_code
        return response


class HitPixelView(BeaconView):
    # Not HEAD: a link checker's HEAD request is not a reader.
    http_method_names = ["get", "options"]

    @extend_schema(
        operation_id="stats_hit_pixel",
        summary="Ghi một lượt xem, trả về ảnh GIF 1x1 (cho <noscript>)",
        description="Như POST /stats/hits/, cho bạn đọc không bật JavaScript: "
        '<noscript><img src="…/stats/hit.gif?path=/tin-tuc/ten-bai/"></noscript>. '
        "Không bao giờ được lưu đệm (Cache-Control: no-store).",
        parameters=[
            OpenApiParameter(
                "path",
                OpenApiTypes.STR,
                required=True,
                description="Đường dẫn của trang trên trang tin.",
            ),
            PortalParams,
        ],
        responses={
            (200, "image/gif"): OpenApiResponse(
                OpenApiTypes.BINARY, description="Ảnh GIF trong suốt 1x1."
            ),
            400: ERRORS[400],
            404: ERRORS[404],
            410: ERRORS[410],
            429: ERRORS[429],
        },
        tags=["stats"],
    )
    def get(self, request):
        self.count_view(request, request.query_params)
        return HttpResponse(PIXEL, content_type="image/gif", headers=NO_STORE)


class SiteFiguresView(ReaderView):
    @extend_schema(
        operation_id="stats_retrieve",
        summary="Thống kê truy cập cho hộp thống kê của trang tin",
        description="Số liệu của riêng cổng được hỏi (tham số portal, hoặc "
        "tên miền của yêu cầu): đang truy cập (5 phút qua), hôm nay, hôm qua, "
        "tháng này, tổng. Mỗi cổng chỉ đếm lượt xem trên trang tin của mình. "
        "Ngày theo giờ Việt Nam. Lưu đệm ngắn: "
        f"Cache-Control: public, max-age={FIGURES_MAX_AGE}.",
        parameters=[PortalParams, *CONDITIONAL_HEADERS],
        responses=responses(SiteFiguresSerializer, 404),
        tags=["stats"],
    )
    def get(self, request):
        site = self.site()
        figures = SiteFiguresSerializer(services.site_figures(site.pk)).data
        content = json.dumps(figures, separators=(",", ":")).encode()
        etag = '"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"'
        response = conditional_json(request, content, etag, int(time.time()))
        response["Cache-Control"] = f"public, max-age={FIGURES_MAX_AGE}"
        return response


class MostReadView(ReaderView):
    query_names = query_names(MostReadParams)

    @extend_schema(
        operation_id="stats_most_read",
        summary="Tin đọc nhiều nhất trong 7 hoặc 30 ngày",
        description="Bài viết và tin ảnh bạn đọc đang xem được, nhiều lượt xem "
        "nhất trước; mỗi mục là bản tóm tắt như ở danh sách, thêm "
        "views_in_period. Cập nhật vài phút một lần.",
        parameters=[MostReadParams, *CONDITIONAL_HEADERS],
        responses=responses(MostReadAnswerSerializer, 400, 404),
        tags=["stats"],
    )
    def get(self, request):
        site = self.site()
        params = validated(MostReadParams, request)
        return cached_answer(
            request,
            lambda: most_read_answer(request, site, params["days"], params["limit"]),
        )


def most_read_answer(request, site, days: int, limit: int) -> dict:
    ranking = services.most_read(days, limit, site=site)
    pks = [pk for pk, _views in ranking]
    loaded = {}
    for model in MOST_READ_MODELS:
        loaded.update(model.objects.for_readers(site).for_summaries().in_bulk(pks))
    results = []
    for pk, views in ranking:
        page = loaded.get(pk)
        if page is None:
            continue  # unpublished between the two queries
        page.views_in_period = views
        results.append(page)
    context = {"request": request, "site": site}
    return MostReadAnswerSerializer({"results": results}, context=context).data
