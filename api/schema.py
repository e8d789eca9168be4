"""drf-spectacular additions: the v1 schema describes /api/v1/ only (Wagtail's
stock v2 endpoints, kept for comparison, are not part of the contract), and
constant fields appear as one-value enums."""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension


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
