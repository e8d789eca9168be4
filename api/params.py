"""The parameters of each endpoint, as serializers: query parameters and the
parameters in the path alike. A bad query parameter is a 400 naming it
(api/errors.py); a bad path parameter is a 404, since no such resource can
exist; never a 500 or a silent default."""

import re

from rest_framework import serializers
from rest_framework.exceptions import NotFound
from taggit.models import Tag

from cms.portal.models import PortalSettings
from cms.sections.models import SectionPage

from .pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Cursor

DATE_FORMATS = ["%Y-%m-%d"]
# The largest id a database holds (64-bit); anything above cannot exist and
# must not reach the database (SQLite refuses it with an error).
MAX_ID = 2**63 - 1


# Control characters (NUL above all: PostgreSQL refuses it in any string) have
# no place in a parameter.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
SLUG = re.compile(r"^[-\w]+$")


def no_control_characters(value: str) -> None:
    if _CONTROL.search(value):
        raise serializers.ValidationError("Có ký tự điều khiển không hợp lệ.")


class PortalParams(serializers.Serializer):
    """The parameter every reader endpoint takes. The portal is resolved
    before any other parameter is read (api/views.py, ReaderView.site): an
    unknown one is a 404; here it is only described and normalised."""

    portal = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=253,
        help_text="Tên miền của cổng thông tin (một hostname trong "
        "/api/v1/portals/, không phân biệt hoa thường, không có cổng), ví dụ "
        "xa-a.tinh.gov.vn: câu trả lời là của cổng ấy. Không có: cổng của tên "
        "miền mà yêu cầu gửi tới (Host). Không có cổng nào như thế: 404.",
        error_messages={"max_length": "Không có cổng thông tin này."},
    )

    def validate(self, attrs):
        attrs = super().validate(attrs)
        portal = attrs.pop("portal", "").strip().lower()
        if portal:
            attrs["portal"] = portal
        return attrs


class PageParams(PortalParams):
    page = serializers.IntegerField(
        min_value=1,
        max_value=MAX_ID,
        default=1,
        help_text="Số trang, từ 1. Trang quá số trang hiện có: 404.",
        error_messages={
            "invalid": "Số trang phải là số nguyên.",
            "min_value": "Số trang bắt đầu từ 1.",
            "max_value": "Số trang quá lớn.",
        },
    )
    page_size = serializers.IntegerField(
        min_value=1,
        max_value=MAX_PAGE_SIZE,
        default=DEFAULT_PAGE_SIZE,
        help_text=f"Số mục mỗi trang, từ 1 đến {MAX_PAGE_SIZE}.",
        error_messages={
            "invalid": "Số mục mỗi trang phải là số nguyên.",
            "min_value": "Số mục mỗi trang ít nhất là 1.",
            "max_value": f"Số mục mỗi trang tối đa là {MAX_PAGE_SIZE}.",
        },
    )


class NewsListParams(PageParams):
    cursor = serializers.CharField(
        required=False,
        max_length=200,
        help_text="Vị trí trong danh sách, lấy từ next_cursor hoặc previous_cursor "
        "của trang trước: đi tiếp từ đó nhanh như trang đầu. Có cursor thì page "
        "bị bỏ qua.",
        error_messages={"max_length": "Cursor không hợp lệ."},
    )
    section = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text="Mã chuyên mục: tin của chuyên mục ấy và các chuyên mục con.",
        error_messages={
            "invalid": "Mã chuyên mục phải là số nguyên.",
            "min_value": "Không có chuyên mục này.",
            "max_value": "Không có chuyên mục này.",
        },
    )
    tag = serializers.RegexField(
        SLUG,
        required=False,
        max_length=100,
        help_text="Slug của từ khóa, ví dụ chuyen-doi-so.",
        error_messages={"invalid": "Từ khóa không hợp lệ."},
    )
    date_from = serializers.DateField(
        required=False,
        input_formats=DATE_FORMATS,
        help_text="Từ ngày (YYYY-MM-DD, giờ Việt Nam), kể cả ngày này.",
        error_messages={"invalid": "Ngày phải có dạng YYYY-MM-DD."},
    )
    date_to = serializers.DateField(
        required=False,
        input_formats=DATE_FORMATS,
        help_text="Đến ngày (YYYY-MM-DD, giờ Việt Nam), kể cả ngày này.",
        error_messages={"invalid": "Ngày phải có dạng YYYY-MM-DD."},
    )

    def validate_cursor(self, value):
        try:
            Cursor.decode(value)
        except ValueError as exc:
            raise serializers.ValidationError(
                "Cursor không hợp lệ: dùng next_cursor hoặc previous_cursor "
                "mà API đã trả về."
            ) from exc
        return value

    def validate_section(self, value):
        site = self.context["site"]
        if (
            not SectionPage.objects.visible_to_readers()
            .in_site(site)
            .filter(pk=value)
            .exists()
        ):
            raise serializers.ValidationError(f"Không có chuyên mục mã {value}.")
        return value

    def validate_tag(self, value):
        if not Tag.objects.filter(slug=value).exists():
            raise serializers.ValidationError(f"Không có từ khóa “{value}”.")
        return value

    def validate(self, attrs):
        attrs = super().validate(attrs)
        date_from, date_to = attrs.get("date_from"), attrs.get("date_to")
        if date_from and date_to and date_from > date_to:
            raise serializers.ValidationError(
                {"date_to": ["Ngày kết thúc phải sau hoặc trùng ngày bắt đầu."]}
            )
        return attrs


class SearchParams(PageParams):
    q = serializers.CharField(
        help_text="Từ khóa, có dấu hoặc không dấu (tối đa 200 ký tự được dùng).",
        trim_whitespace=True,
        validators=[no_control_characters],
        error_messages={
            "required": "Nhập từ khóa tìm kiếm.",
            "blank": "Nhập từ khóa tìm kiếm.",
        },
    )
    scope = serializers.ChoiceField(
        choices=["portal", "all"],
        required=False,
        help_text="portal: tin của cổng này (và tin cơ sở cổng tỉnh đã nhận); "
        "all: tin của mọi cổng đang hoạt động, chỉ cho cổng cấp tỉnh.",
        error_messages={"invalid_choice": "scope là portal hoặc all."},
    )

    def validate_scope(self, value):
        site = self.context.get("site")
        if (
            value == "all"
            and site is not None
            and not PortalSettings.is_province_site(site)
        ):
            raise serializers.ValidationError(
                "Chỉ cổng cấp tỉnh tìm được trong mọi cổng (scope=all)."
            )
        return value


class NewsDetailParams(PortalParams):
    path_fields = ("id",)

    id = serializers.IntegerField(
        min_value=1,
        max_value=MAX_ID,
        error_messages={
            "invalid": "Không tìm thấy.",
            "min_value": "Không tìm thấy.",
            "max_value": "Không tìm thấy.",
        },
    )


class TagParams(PortalParams):
    path_fields = ("slug",)

    slug = serializers.RegexField(
        SLUG,
        max_length=100,
        error_messages={
            "invalid": "Không có từ khóa này.",
            "max_length": "Không có từ khóa này.",
        },
    )


class PageByPathParams(PortalParams):
    path = serializers.RegexField(
        r"^/",
        max_length=1000,
        help_text="Đường dẫn của trang trên trang tin, ví dụ /tin-tuc/ten-bai/.",
        validators=[no_control_characters],
        error_messages={
            "required": "Thiếu đường dẫn (path).",
            "blank": "Thiếu đường dẫn (path).",
            "invalid": "Đường dẫn phải bắt đầu bằng /.",
            "max_length": "Đường dẫn quá dài.",
        },
    )


class PreviewParams(PortalParams):
    # Tokens are secrets.token_urlsafe(): letters, digits, "-" and "_".
    token = serializers.RegexField(
        r"^[A-Za-z0-9_-]+$",
        max_length=64,
        help_text="Mã xem trước do nút Xem trước của trang quản trị tạo ra.",
        error_messages={
            "required": "Thiếu mã xem trước (token).",
            "blank": "Thiếu mã xem trước (token).",
            "max_length": "Mã xem trước không hợp lệ.",
            "invalid": "Mã xem trước không hợp lệ.",
        },
    )


class OrganisationParams(PortalParams):
    lang = serializers.ChoiceField(
        choices=["vi", "en"],
        default="vi",
        help_text="Ngôn ngữ: vi (mặc định) hoặc en. Với en, trường nào chưa "
        "dịch thì hiện tiếng Việt và được kể trong untranslated.",
        error_messages={"invalid_choice": "Ngôn ngữ phải là vi hoặc en."},
    )


def validated(params_class, request, path=None, **context) -> dict:
    """The request's parameters, as ``params_class`` validates them: its query
    parameters and ``path``, the view's keyword arguments (which win over a
    query parameter of the same name). The names listed in the class's
    ``path_fields`` come from the path: an error there is a 404."""
    data = request.query_params.copy()
    for name, value in (path or {}).items():
        data[name] = value
    params = params_class(data=data, context=context)
    if not params.is_valid():
        for name in getattr(params_class, "path_fields", ()):
            if name in params.errors:
                raise NotFound(params.errors[name][0])
        raise serializers.ValidationError(params.errors)
    return dict(params.validated_data)


class DocumentListParams(NewsListParams):
    """The document library's filters; ``q`` finds a number however it is
    typed, or words of the summary."""

    section = None
    tag = None
    date_from = None
    date_to = None
    q = serializers.CharField(
        required=False,
        max_length=200,
        trim_whitespace=True,
        validators=[no_control_characters],
        help_text="Số/ký hiệu (đủ hoặc một phần, bất kể dấu, hoa thường và dấu "
        "phân cách: 15/2025/qd-ubnd, qđ-ubnd 15) hoặc từ trong trích yếu, có "
        "dấu hoặc không dấu.",
        error_messages={"max_length": "Từ khóa tối đa 200 ký tự."},
    )
    type = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text="Mã loại văn bản (documents/facets/).",
        error_messages={
            "invalid": "Mã loại văn bản phải là số nguyên.",
            "min_value": "Không có loại văn bản này.",
            "max_value": "Không có loại văn bản này.",
        },
    )
    subject = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text="Mã lĩnh vực (documents/facets/).",
        error_messages={
            "invalid": "Mã lĩnh vực phải là số nguyên.",
            "min_value": "Không có lĩnh vực này.",
            "max_value": "Không có lĩnh vực này.",
        },
    )
    issuer = serializers.CharField(
        required=False,
        max_length=255,
        validators=[no_control_characters],
        help_text="Cơ quan ban hành, đúng như trong documents/facets/.",
        error_messages={"max_length": "Tên cơ quan ban hành quá dài."},
    )
    year = serializers.IntegerField(
        required=False,
        min_value=1945,
        max_value=2100,
        help_text="Năm ban hành.",
        error_messages={
            "invalid": "Năm phải là số nguyên.",
            "min_value": "Năm ban hành không hợp lệ.",
            "max_value": "Năm ban hành không hợp lệ.",
        },
    )
    status = serializers.ChoiceField(
        required=False,
        choices=["in_force", "expired", "replaced"],
        help_text="Tình trạng hiệu lực: in_force (còn hiệu lực), expired (hết "
        "hiệu lực), replaced (bị thay thế).",
        error_messages={"invalid_choice": "Tình trạng hiệu lực không hợp lệ."},
    )

    def validate_q(self, value):
        return " ".join(value.split())
