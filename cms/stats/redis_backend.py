"""The Redis backend (used when REDIS_URL is set): a hit is one Lua script run,
atomic in Redis, with no database write; a periodic job (``flush``) adds the
counters to the database's daily rows, which stay the record.

Keys, under "<CACHE_KEY_PREFIX>:stats:" (each portal, a Wagtail site, counts
its own readers; ``<site>`` is its id):
- ``online:<site>``: sorted set, visitor hash -> last seen (epoch seconds);
  "online now" counts the members seen in the last five minutes.
- ``seen:<view key>``: when this visitor's view of this page of this portal
  was last counted (the 30-minute reload rule). The time is compared with ours
  rather than left to the key's TTL, so the rule follows the same clock as the
  database backend; the TTL only clears old keys away.
- ``views:<day>``: hash of exact counters, "site:<site>" and "page:<id>"
  (HINCRBY).
- ``visitors:<day>:<site>``: HyperLogLog of the portal's visitor hashes that
  day (daily uniques, within HyperLogLog's 0.81 % standard error), with
  ``flushed-visitors:<day>:<site>`` holding how many of them the database has
  already been given.
- ``sites:<day>``: the portals with visitors that day.
- ``flushing:<day>``: counters taken by a flush that has not reached the
  database yet; a failed flush leaves them for the next one.
- ``days``: the days that have counters waiting.

Counters written before statistics were kept per portal (the field "site",
``visitors:<day>``) are flushed to the default site's row, as the database
migration did with the rows.

A Redis restart loses what was counted since the last flush (at most
STATS_FLUSH_SECONDS); visitors seen before and after a restart on the same day
are counted twice. If Redis cannot be reached, hits go to the database backend
for REDIS_RETRY_AFTER seconds before Redis is tried again (the window the
cache's breaker keeps too, backend/redis_breaker.py), and the figures come from
the database alone.
"""

import contextlib
import logging
import secrets
import threading
import time
from datetime import date, datetime, timedelta

import redis
from django.conf import settings
from django.db import connection, transaction
from redis.backoff import NoBackoff
from redis.retry import Retry
from wagtail.models import Page, Site

from cms.portal.sites import site_map

from .database_backend import DatabaseBackend, add_page_views, add_site_counts
from .hits import ONLINE_WINDOW, RELOAD_WINDOW, Allowance, Hit, local_day

logger = logging.getLogger(__name__)

_FLUSH_LOCK_SECONDS = 300

_RECORD = """
-- KEYS: online, seen, views, visitors, days, sites[, allowance]
-- ARGV: visitor ('' if not tracked), now, reload window, seen ttl,
--       online cutoff, page field ('' if none), day, site id
--       [, allowed, allowance ttl]
-- Returns 1 counted, 0 a reload, -1 past the allowance.

-- The caller's allowance (hits.Allowance: the beacon's rate limit), if given,
-- counted first; past it, nothing else is.
local allowance, allowed, allowance_ttl = KEYS[7], ARGV[9], ARGV[10]
if allowance then
  local requests = redis.call('INCR', allowance)
  if requests == 1 then
    redis.call('EXPIRE', allowance, allowance_ttl)
  end
  if requests > tonumber(allowed) then
    return -1
  end
end

local visitor = ARGV[1]
if visitor ~= '' then
  local now = tonumber(ARGV[2])
  redis.call('ZADD', KEYS[1], now, visitor)
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[5])
  local last = redis.call('GET', KEYS[2])
  if last and tonumber(last) > now - tonumber(ARGV[3]) then
    return 0
  end
  redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[4])
  redis.call('PFADD', KEYS[4], visitor)
  redis.call('SADD', KEYS[6], ARGV[8])
end
redis.call('HINCRBY', KEYS[3], 'site:' .. ARGV[8], 1)
if ARGV[6] ~= '' then
  redis.call('HINCRBY', KEYS[3], ARGV[6], 1)
end
redis.call('SADD', KEYS[5], ARGV[7])
return 1
"""

_TAKE = """
-- Move the day's counters into its flushing hash, adding to any left there by
-- a flush that failed, and return everything awaiting the database.
local data = redis.call('HGETALL', KEYS[1])
for i = 1, #data, 2 do
  redis.call('HINCRBY', KEYS[2], data[i], data[i + 1])
end
redis.call('DEL', KEYS[1])
return redis.call('HGETALL', KEYS[2])
"""

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


class RedisBackend:
    name = "redis"

    def __init__(self, url: str, prefix: str):
        self.prefix = prefix
        self.client = redis.Redis.from_url(
            url,
            decode_responses=True,
            # A beacon must not wait on a dead Redis: fail fast, fall back.
            socket_connect_timeout=0.5,
            socket_timeout=0.5,
            retry=Retry(NoBackoff(), 0),
        )
        self._record = self.client.register_script(_RECORD)
        self._take = self.client.register_script(_TAKE)
        self._release = self.client.register_script(_RELEASE)
        self.fallback = DatabaseBackend()
        self.retry_after = settings.REDIS_RETRY_AFTER
        self._down_until = 0.0
        self._lock = threading.Lock()

    # Keys ----------------------------------------------------------------

    def key(self, *parts) -> str:
        return self.prefix + ":".join(str(part) for part in parts)

    # Availability --------------------------------------------------------

    def available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, error: Exception) -> None:
        with self._lock:
            was_up = self.available()
            self._down_until = time.monotonic() + self.retry_after
        if was_up:
            # The message names the Redis server, never a reader.
            logger.warning(
                "Statistics: Redis unavailable (%s: %s); using the database for %ss",
                type(error).__name__,
                error,
                self.retry_after,
            )

    # Recording -----------------------------------------------------------

    def record(self, hit: Hit, allowance: Allowance | None = None) -> bool:
        """Count the hit; with an allowance, count it too, in the same script
        run (one round trip), and leave the hit uncounted past it."""
        if self.available():
            try:
                return self._record_in_redis(hit, allowance)
            except redis.RedisError as error:
                self._failed(error)
        return self.fallback.record(hit)

    def _record_in_redis(self, hit: Hit, allowance: Allowance | None) -> bool:
        now = hit.at.timestamp()
        page = hit.target.page_id
        keys = [
            self.key("online", hit.site_id),
            self.key("seen", hit.view_key or ""),
            self.key("views", hit.day),
            self.key("visitors", hit.day, hit.site_id),
            self.key("days"),
            self.key("sites", hit.day),
        ]
        args = [
            hit.visitor or "",
            repr(now),
            int(RELOAD_WINDOW.total_seconds()),
            # A day and a half: the key is useless after its day anyway.
            int(RELOAD_WINDOW.total_seconds()) + 36 * 3600,
            repr(now - ONLINE_WINDOW.total_seconds()),
            f"page:{page}" if page is not None else "",
            hit.day.isoformat(),
            hit.site_id,
        ]
        if allowance is not None:
            keys.append(allowance.key)
            args += [allowance.allowed, allowance.ttl]
        counted = self._record(keys=keys, args=args)
        if allowance is not None:
            allowance.counted, allowance.exceeded = True, counted < 0
        return counted > 0

    # Figures -------------------------------------------------------------

    def online(self, now: datetime, site_id: int) -> int:
        if self.available():
            try:
                cutoff = (now - ONLINE_WINDOW).timestamp()
                return self.client.zcount(
                    self.key("online", site_id), f"({cutoff!r}", "+inf"
                )
            except redis.RedisError as error:
                self._failed(error)
        return self.fallback.online(now, site_id)

    def pending(self, site_ids) -> dict[tuple[int, date], tuple[int, int]]:
        """Views and visitors per (portal, day) counted in Redis but not yet
        flushed, for the portals ``site_ids``: one round trip for them all."""
        site_ids = list(site_ids)
        if not self.available() or not site_ids:
            return {}
        try:
            days = sorted(self.client.smembers(self.key("days")))
            if not days:
                return {}
            pipe = self.client.pipeline(transaction=False)
            asked = [(site_id, day) for day in days for site_id in site_ids]
            for site_id, day in asked:
                pipe.hget(self.key("views", day), f"site:{site_id}")
                pipe.hget(self.key("flushing", day), f"site:{site_id}")
                pipe.pfcount(self.key("visitors", day, site_id))
                pipe.get(self.key("flushed-visitors", day, site_id))
            answers = pipe.execute()
        except redis.RedisError as error:
            self._failed(error)
            return {}
        pending = {}
        for index, (site_id, day) in enumerate(asked):
            views, flushing, visitors, flushed = answers[index * 4 : index * 4 + 4]
            views = int(views or 0) + int(flushing or 0)
            visitors = max(0, int(visitors or 0) - int(flushed or 0))
            if views or visitors:
                pending[(site_id, date.fromisoformat(day))] = (views, visitors)
        return pending

    # Flushing ------------------------------------------------------------

    def flush(self) -> int:
        """Add everything counted in Redis to the database; the number of views
        written. Safe to run from several processes: one flushes, the others
        return at once."""
        lock, token = self.key("flush-lock"), secrets.token_hex(16)
        try:
            if not self.client.set(lock, token, nx=True, ex=_FLUSH_LOCK_SECONDS):
                return 0
        except redis.RedisError as error:
            self._failed(error)
            return 0
        try:
            today = local_day()
            written = 0
            for day in sorted(self.client.smembers(self.key("days"))):
                written += self._flush_day(date.fromisoformat(day), today)
            return written
        except redis.RedisError as error:
            self._failed(error)
            return 0
        finally:
            # If Redis went away, the lock expires by itself.
            with contextlib.suppress(redis.RedisError):
                self._release(keys=[lock], args=[token])

    def _flush_day(self, day: date, today: date) -> int:
        views_key, flushing_key = self.key("views", day), self.key("flushing", day)
        sites_key = self.key("sites", day)
        taken = self._take(keys=[views_key, flushing_key])
        counters = dict(zip(taken[::2], (int(n) for n in taken[1::2]), strict=True))
        site_views = {
            int(field.removeprefix("site:")): counters.pop(field)
            for field in list(counters)
            if field.startswith("site:")
        }
        # (visitors key, flushed key) of each portal with visitors that day.
        visitor_keys = {
            int(site_id): (
                self.key("visitors", day, site_id),
                self.key("flushed-visitors", day, site_id),
            )
            for site_id in self.client.smembers(sites_key)
        }
        legacy_visitors, legacy = self._legacy_counts(day, counters, site_views)
        # Each portal's visitors: (all counted today, those new to the database).
        new_visitors = {}
        for site_id, (visitors_key, flushed_key) in visitor_keys.items():
            visitors = self.client.pfcount(visitors_key)
            already = int(self.client.get(flushed_key) or 0)
            if visitors > already:
                new_visitors[site_id] = (visitors, visitors - already)
        if legacy_visitors:
            default = site_map().default.pk
            new_visitors[default] = (
                new_visitors.get(default, (None, 0))[0],
                new_visitors.get(default, (None, 0))[1] + legacy_visitors,
            )
        total_views = sum(site_views.values())
        if site_views or new_visitors or counters:
            page_views = {
                int(field.removeprefix("page:")): views
                for field, views in counters.items()
                if field.startswith("page:")
            }
            with transaction.atomic(), connection.cursor() as cursor:
                # A portal deleted since its views were counted takes them
                # with it, as its rows go with it.
                existing_sites = set(
                    Site.objects.filter(
                        pk__in=set(site_views) | set(new_visitors)
                    ).values_list("pk", flat=True)
                )
                for site_id in sorted(existing_sites):
                    add_site_counts(
                        cursor,
                        day,
                        site_id,
                        site_views.get(site_id, 0),
                        new_visitors.get(site_id, (0, 0))[1],
                    )
                # A page deleted since its views were counted keeps them in
                # the site's figures only.
                existing = set(
                    Page.objects.filter(pk__in=page_views).values_list("pk", flat=True)
                )
                add_page_views(
                    cursor,
                    day,
                    {pk: n for pk, n in page_views.items() if pk in existing},
                )
            pipe = self.client.pipeline(transaction=True)
            pipe.delete(flushing_key)
            for site_id, (visitors, _new) in new_visitors.items():
                if visitors is None:
                    continue  # only the old counters' visitors
                pipe.set(
                    visitor_keys[site_id][1],
                    visitors,
                    ex=int(timedelta(days=3).total_seconds()),
                )
            if legacy:
                pipe.delete(*legacy)
            pipe.execute()
        elif day < today:
            # A past day with nothing left to write: forget it. A straggling
            # hit for it would start its keys afresh and be flushed as usual.
            pipe = self.client.pipeline(transaction=True)
            pipe.srem(self.key("days"), day.isoformat())
            pipe.delete(
                sites_key,
                flushing_key,
                *(key for keys in visitor_keys.values() for key in keys),
                *legacy,
            )
            pipe.execute()
        return total_views

    def _legacy_counts(self, day, counters, site_views) -> tuple[int, list[str]]:
        """Fold the counters of a version that counted for the installation
        as a whole into the default site's views; its new visitors and the
        keys to delete once they are written."""
        legacy_visitors = self.key("visitors", day)
        legacy_flushed = self.key("flushed-visitors", day)
        views = counters.pop("site", 0)
        has_visitors = self.client.exists(legacy_visitors)
        if not views and not has_visitors:
            return 0, []
        default = site_map().default
        if default is None:
            return 0, []
        if views:
            site_views[default.pk] = site_views.get(default.pk, 0) + views
        if not has_visitors:
            return 0, []
        # Written once, then dropped: a visitor an old process still counts
        # afterwards is counted again, as after a Redis restart.
        visitors = self.client.pfcount(legacy_visitors)
        already = int(self.client.get(legacy_flushed) or 0)
        return max(0, visitors - already), [legacy_visitors, legacy_flushed]
