"""What the OpenAPI document needs beyond the serializers, which describe the
answers themselves (api/serializers.py): the tagged unions, one-value enums
for constant fields, the responses and headers every endpoint shares. The
document describes /api/v1/ only."""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import build_array_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    PolymorphicProxySerializer,
)

from .serializers import PAGE_ANSWERS, ErrorSerializer


def only_v1(endpoints, **kwargs):
    return [
        endpoint
        for endpoint in endpoints
        if endpoint[0].startswith("/api/v1/")
        and not endpoint[0].startswith(("/api/v1/schema/", "/api/v1/docs/"))
    ]


class ConstantFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "api.serializers.ConstantField"

    def map_serializer_field(self, auto_schema, direction):
        return {"type": "string", "enum": [self.target.value]}


def tagged_union(component_name: str, serializer_classes, **kwargs):
    """One of ``serializer_classes``, told apart by their ``type`` constant,
    so that clients can switch on it."""
    return PolymorphicProxySerializer(
        component_name=component_name,
        serializers={
            serializer_class().fields["type"].value: serializer_class
            for serializer_class in serializer_classes
        },
        resource_type_field_name="type",
        **kwargs,
    )


class TypedListFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "api.serializers.TypedListField"
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        union = tagged_union(self.target.component_name, self.target.shapes.values())
        return build_array_type(auto_schema.resolve_serializer(union, direction).ref)


PAGE_ANSWER = tagged_union("PageAnswer", PAGE_ANSWERS.values())

ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="Tham số không hợp lệ."),
    404: OpenApiResponse(ErrorSerializer, description="Không tìm thấy."),
    410: OpenApiResponse(
        ErrorSerializer,
        description="Cổng thông tin đã đóng; error.redirect_url là địa chỉ chuyển "
        "tới, nếu người quản trị đã chọn.",
    ),
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
    """A cached GET's responses: ``ok``, 304, the errors named, and 410 (every
    reader endpoint answers it for a closed portal)."""
    return {
        200: ok,
        **NOT_MODIFIED,
        **{code: ERRORS[code] for code in (*error_codes, 410)},
    }
