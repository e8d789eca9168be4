"""`python -m bench.stats_total`: every page view recorded so far, after
flushing what the Redis backend still holds, as JSON (run with a server's
environment, so that it reads the same database and Redis keys)."""

import json

import django


def main():
    django.setup()
    from django.db.models import Sum

    from cms.stats.models import DailyPageStats, DailySiteStats
    from cms.stats.services import flush

    flush()
    print(
        json.dumps(
            {
                "site_views": DailySiteStats.objects.aggregate(n=Sum("views"))["n"]
                or 0,
                "page_views": DailyPageStats.objects.aggregate(n=Sum("views"))["n"]
                or 0,
            }
        )
    )


if __name__ == "__main__":
    main()
