"""The statistics endpoints' shapes: the beacon's body and answer, the reader
box's figures, the most-read list (news summaries plus the period's views)."""

from rest_framework import serializers

from api.params import PortalParams
from api.serializers import (
    ArticleSummarySerializer,
    PhotoStorySummarySerializer,
    TypedListField,
)
from cms.articles.models import ArticlePage
from cms.photostories.models import PhotoStoryPage
from cms.stats.paths import MAX_PATH_LENGTH

MOST_READ_DAYS = [7, 30]
MOST_READ_DEFAULT_LIMIT = 10
MOST_READ_MAX_LIMIT = 50


class HitSerializer(serializers.Serializer):
    path = serializers.CharField(
        max_length=MAX_PATH_LENGTH,
        trim_whitespace=False,
        help_text="Đường dẫn của trang đang xem trên trang tin, ví dụ "
        "/tin-tuc/ten-bai/ (thường là location.pathname).",
        error_messages={
            "required": "Thiếu đường dẫn (path).",
            "blank": "Thiếu đường dẫn (path).",
            "invalid": "Đường dẫn phải là một chuỗi.",
            "max_length": "Đường dẫn quá dài.",
        },
    )


class HitAnswerSerializer(serializers.Serializer):
    counted = serializers.BooleanField(
        help_text="false nếu không tính: trình thu thập (bot), hoặc cùng người "
        "xem lại cùng trang trong 30 phút."
    )


class PeriodSerializer(serializers.Serializer):
    views = serializers.IntegerField(help_text="Lượt xem.")
    visitors = serializers.IntegerField(
        help_text="Khách truy cập: số khách khác nhau của mỗi ngày, cộng lại."
    )


class SiteFiguresSerializer(serializers.Serializer):
    online = serializers.IntegerField(
        help_text="Khách khác nhau đã xem trang trong 5 phút qua."
    )
    today = PeriodSerializer(help_text="Hôm nay (giờ Việt Nam).")
    yesterday = PeriodSerializer()
    this_month = PeriodSerializer(help_text="Từ ngày 1 của tháng này.")
    total = PeriodSerializer(help_text="Từ khi bắt đầu thống kê.")


class MostReadParams(PortalParams):
    days = serializers.ChoiceField(
        choices=MOST_READ_DAYS,
        default=7,
        help_text="Số ngày gần nhất (kể cả hôm nay): 7 hoặc 30.",
        error_messages={"invalid_choice": "Số ngày chỉ có thể là 7 hoặc 30."},
    )
    limit = serializers.IntegerField(
        min_value=1,
        max_value=MOST_READ_MAX_LIMIT,
        default=MOST_READ_DEFAULT_LIMIT,
        help_text=f"Số tin, từ 1 đến {MOST_READ_MAX_LIMIT}.",
        error_messages={
            "invalid": "Số tin phải là số nguyên.",
            "min_value": "Số tin ít nhất là 1.",
            "max_value": f"Số tin tối đa là {MOST_READ_MAX_LIMIT}.",
        },
    )


VIEWS_IN_PERIOD_HELP = "Lượt xem trong khoảng ngày đã chọn."


class ArticleMostReadSerializer(ArticleSummarySerializer):
    views_in_period = serializers.IntegerField(help_text=VIEWS_IN_PERIOD_HELP)


class PhotoStoryMostReadSerializer(PhotoStorySummarySerializer):
    views_in_period = serializers.IntegerField(help_text=VIEWS_IN_PERIOD_HELP)


# News pages, each with ``views_in_period`` set by the answer.
class MostReadAnswerSerializer(serializers.Serializer):
    results = TypedListField(
        "MostReadItem",
        {
            ArticlePage: ArticleMostReadSerializer,
            PhotoStoryPage: PhotoStoryMostReadSerializer,
        },
    )
