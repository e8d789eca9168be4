"""The headers every answer of the reader site carries: the security policy,
caching and validators, then compression."""

from flask import Response, g, request

from .compression import compress
from .config import Config, reader_config

# Pages change when editors publish; a minute of caching in browsers and proxies
# absorbs bursts from shared links without hiding news for long.
PAGE_MAX_AGE = 60


def content_security_policy(config: Config, frame_ancestors: str) -> str:
    image_origins = " ".join(sorted({config.public_api_origin, *config.media_origins}))
    return "; ".join(
        [
            "default-src 'self'",
            f"img-src 'self' data: {image_origins}",
            # The statistics beacon and the box's refresh go to the API.
            f"connect-src 'self' {config.public_api_origin}",
            "script-src 'self'",
            "style-src 'self'",
            # Video embeds (YouTube, Facebook, Vimeo) come from editors' links.
            "frame-src https:",
            "media-src 'self' https:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors {frame_ancestors}",
        ]
    )


def finish_response(response: Response) -> Response:
    config = reader_config()
    preview = g.get("preview", False)
    frame_ancestors = f"'self' {config.admin_origin}" if preview else "'none'"
    headers = response.headers
    headers["Content-Security-Policy"] = content_security_policy(
        config, frame_ancestors
    )
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    if not preview:
        headers["X-Frame-Options"] = "DENY"
    if preview:
        # Drafts: never stored by any cache, never indexed.
        headers["Cache-Control"] = "no-store, private"
        headers["X-Robots-Tag"] = "noindex, nofollow"
    elif "Cache-Control" not in headers and response.status_code == 200:
        headers["Cache-Control"] = f"public, max-age={PAGE_MAX_AGE}"

    if response.direct_passthrough or request.method not in ("GET", "HEAD"):
        return response
    if response.status_code == 200 and not preview:
        response.add_etag(weak=True)
        response.make_conditional(request)
    compress(response)
    return response
