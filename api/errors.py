"""Every error of the API as JSON with one shape:
``{"error": {"status", "code", "message", "fields"?}}`` (ErrorSerializer),
whatever raised it: a view, an address no endpoint has, a method an endpoint
does not take, or a crash; with DEBUG on or off."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.urls import Resolver404, resolve
from django.views import defaults
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from .serializers import ErrorSerializer

MESSAGES = {
    status.HTTP_400_BAD_REQUEST: "Tham số không hợp lệ.",
    status.HTTP_404_NOT_FOUND: "Không tìm thấy.",
    status.HTTP_405_METHOD_NOT_ALLOWED: "Phương thức không được hỗ trợ.",
    status.HTTP_406_NOT_ACCEPTABLE: "API chỉ trả về JSON.",
    status.HTTP_410_GONE: "Cổng thông tin này đã ngừng hoạt động.",
    status.HTTP_415_UNSUPPORTED_MEDIA_TYPE: "Kiểu dữ liệu gửi lên không được hỗ trợ.",
    status.HTTP_429_TOO_MANY_REQUESTS: "Quá nhiều yêu cầu, xin thử lại sau.",
    status.HTTP_500_INTERNAL_SERVER_ERROR: "Lỗi máy chủ, xin thử lại sau.",
    status.HTTP_503_SERVICE_UNAVAILABLE: "Máy chủ đang bận, xin thử lại sau.",
}
CODES = {
    status.HTTP_400_BAD_REQUEST: "invalid_parameter",
    status.HTTP_401_UNAUTHORIZED: "not_authenticated",
    status.HTTP_403_FORBIDDEN: "forbidden",
    status.HTTP_404_NOT_FOUND: "not_found",
    status.HTTP_405_METHOD_NOT_ALLOWED: "method_not_allowed",
    status.HTTP_406_NOT_ACCEPTABLE: "not_acceptable",
    status.HTTP_410_GONE: "portal_closed",
    status.HTTP_415_UNSUPPORTED_MEDIA_TYPE: "unsupported_media_type",
    status.HTTP_429_TOO_MANY_REQUESTS: "throttled",
    status.HTTP_500_INTERNAL_SERVER_ERROR: "server_error",
    status.HTTP_503_SERVICE_UNAVAILABLE: "unavailable",
}


class SearchBusy(exceptions.APIException):
    """A search ended by its time bound (cms/core/search.py): the reader may
    try again shortly, the worker is free for others meanwhile."""

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    wait = 5  # seconds, in Retry-After


class PortalClosed(exceptions.APIException):
    """The portal was closed by the administrator (cms/portal/lifecycle.py):
    410, with the address readers go to instead when one was chosen (the
    reader site answers it with a 301)."""

    status_code = status.HTTP_410_GONE
    default_detail = MESSAGES[status.HTTP_410_GONE]

    def __init__(self, redirect_url: str = ""):
        super().__init__()
        self.redirect_url = redirect_url


def error_body(
    status_code: int, message: str = "", fields=None, redirect_url: str = ""
) -> dict:
    error = {
        "status": status_code,
        "code": CODES.get(status_code, "error"),
        "message": message or MESSAGES.get(status_code, "Lỗi."),
    }
    if fields:
        error["fields"] = fields
    if redirect_url:
        error["redirect_url"] = redirect_url
    return ErrorSerializer({"error": error}).data


def _field_messages(detail) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        return {
            str(name): [str(item) for item in _flatten(value)]
            for name, value in detail.items()
        }
    return {"non_field_errors": [str(item) for item in _flatten(detail)]}


def _flatten(value):
    if isinstance(value, list | tuple):
        for item in value:
            yield from _flatten(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _flatten(item)
    else:
        yield value


def exception_handler(exc, context):
    """DRF's EXCEPTION_HANDLER: known errors in our shape; anything else is
    left to Django, whose handler500 below answers in the same shape."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    if not isinstance(exc, exceptions.APIException):
        return None

    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))

    if isinstance(exc, exceptions.ValidationError):
        fields = _field_messages(exc.detail)
        first = next(iter(fields.values()))[0]
        body = error_body(exc.status_code, first, fields)
    elif isinstance(exc, PortalClosed):
        body = error_body(exc.status_code, redirect_url=exc.redirect_url)
    elif isinstance(exc, exceptions.MethodNotAllowed) or str(exc.detail) == str(
        exc.default_detail
    ):
        # DRF's own wording, in English or half-translated: ours is clearer.
        body = error_body(exc.status_code)
    else:
        body = error_body(exc.status_code, str(exc.detail))
    response = Response(body, status=exc.status_code, headers=headers)
    response["Cache-Control"] = "no-store"
    # In JSON whatever the view renders otherwise (the schema's YAML, the
    # docs' HTML) or the client asked for.
    request = context.get("request")
    if request is not None:
        request.accepted_renderer = JSONRenderer()
        request.accepted_media_type = JSONRenderer.media_type
    return response


def _json_error(status_code: int, message: str = "") -> JsonResponse:
    response = JsonResponse(
        error_body(status_code, message),
        status=status_code,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store"
    return response


@csrf_exempt  # as every API view: else a POST would get the HTML CSRF page
def not_found(request, *args, **kwargs):
    """Every address under /api/ that no endpoint has, whatever the method
    (backend/urls.py): Django's 404 page would be HTML when DEBUG is on. An
    endpoint's address without its final slash gets a 404 naming the right
    one, not a redirect: a redirected POST would arrive as a GET."""
    if not request.path.endswith("/"):
        try:
            match = resolve(request.path_info + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not not_found:
            return _json_error(
                404, f"Không tìm thấy. Địa chỉ có dấu / ở cuối: {request.path}/"
            )
    return _json_error(404)


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def handler404(request, exception=None):
    if _is_api(request):
        return _json_error(404)
    return defaults.page_not_found(request, exception)


def handler500(request):
    if _is_api(request):
        return _json_error(500)
    return defaults.server_error(request)
