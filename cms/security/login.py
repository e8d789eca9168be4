"""Admin login protection with django-axes: who the client is, and what a locked
out editor sees."""

from django.conf import settings
from django.shortcuts import render


def client_ip(request) -> str:
    """The client's address as seen by the first trusted reverse proxy.

    Behind a proxy every request comes from the proxy's own address, so a lockout
    keyed on REMOTE_ADDR would lock every editor out together. Each trusted proxy
    appends the address it received the request from to X-Forwarded-For; entries
    further left were written by the client and can be forged, so only the entry
    added by the outermost trusted proxy is believed.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote_addr
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        # Not the chain we were told to expect: trust nothing the client sent.
        return remote_addr
    return forwarded[-proxies]


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the admin while a login is locked out."""
    cooloff = settings.AXES_COOLOFF_TIME
    return render(
        request,
        "security/lockout.html",
        {
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "cooloff_minutes": int(cooloff.total_seconds() // 60),
        },
        status=429,
    )
