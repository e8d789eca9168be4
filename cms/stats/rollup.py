"""The province's roll-up: every portal's views and visitors over one period,
side by side with their total, and the same as CSV for a spreadsheet.

The visitors' total is the sum of each portal's: a visitor is recognised
only within one portal and one day (cms/stats/models.py: the daily rows are
per portal, and the hashes that could tell two portals' readers apart are
deleted with their day's salt), so the total counts a reader of two portals
twice, and the page says so beside it. The CSV has no total row (editors
add, filter and chart the rows in Excel: docs/huong-dan-bien-tap.md), so no
figure there claims more than its own portal's.

Only for those who work in every portal (the province's editors, leaders and
administrator): comparing portals is the province's job, and a commune's
editors have their own portal's figures on the dashboard, so they are refused
(403) rather than shown one row.
"""

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.http import HttpResponse, HttpResponseForbidden
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.portal.scope import sees_every_portal
from cms.portal.sites import Portal, site_map

from . import services
from .admin_views import can_view_statistics
from .hits import local_day

LAST_7, LAST_30, DATE_RANGE = "7", "30", "range"
# Two years: longer periods are an export_stats job, not a screen.
MAX_DAYS = 731
DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
CSV_HEADER = [
    "Cổng thông tin",
    "Tên miền",
    "Cấp",
    "Từ ngày",
    "Đến ngày",
    "Lượt xem",
    "Khách truy cập",
]

TOTAL_LABEL = "Tổng cộng"
TOTAL_VISITORS_LABEL = (
    "tổng lượt khách của các cổng (một người đọc hai cổng được tính hai lần)"
)


def can_see_every_portal(user) -> bool:
    return can_view_statistics(user) and sees_every_portal(user)


class PeriodForm(forms.Form):
    period = forms.ChoiceField(
        label="Khoảng thời gian",
        choices=[
            (LAST_7, "7 ngày qua"),
            (LAST_30, "30 ngày qua"),
            (DATE_RANGE, "Từ ngày … đến ngày …"),
        ],
        initial=LAST_7,
        required=False,
        error_messages={"invalid_choice": "Chọn 7 ngày, 30 ngày hoặc một khoảng ngày."},
    )
    start = forms.DateField(
        label="Từ ngày",
        required=False,
        input_formats=DATE_FORMATS,
        help_text="Ví dụ 01/03/2026.",
        error_messages={"invalid": "Ngày không hợp lệ; viết theo dạng 01/03/2026."},
    )
    end = forms.DateField(
        label="Đến ngày",
        required=False,
        input_formats=DATE_FORMATS,
        help_text="Kể cả ngày này.",
        error_messages={"invalid": "Ngày không hợp lệ; viết theo dạng 31/03/2026."},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("period") != DATE_RANGE or self.errors:
            return cleaned
        start, end = cleaned.get("start"), cleaned.get("end")
        if start is None:
            self.add_error("start", "Nhập ngày bắt đầu.")
        if end is None:
            self.add_error("end", "Nhập ngày kết thúc.")
        if start and end:
            if start > end:
                self.add_error("end", "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.")
            elif (end - start).days + 1 > MAX_DAYS:
                self.add_error(
                    "end", f"Khoảng ngày dài nhất là {MAX_DAYS} ngày (hai năm)."
                )
        return cleaned

    def days(self, today: date) -> tuple[date, date]:
        """The first and last day (both included) of the chosen period."""
        period = self.cleaned_data.get("period") or LAST_7
        if period == DATE_RANGE:
            return self.cleaned_data["start"], self.cleaned_data["end"]
        return today - timedelta(days=int(period) - 1), today


@dataclass(frozen=True)
class PortalRow:
    portal: Portal
    views: int
    visitors: int

    @property
    def level(self) -> str:
        return "Xã, phường" if self.portal.parent else "Tỉnh"


def rollup_rows(first: date, last: date) -> list[PortalRow]:
    """Every open portal (the province's first) with its figures: one query."""
    portals = site_map().portals()
    figures = services.portal_figures(first, last, [p.site_id for p in portals])
    return [
        PortalRow(portal, counts.views, counts.visitors)
        for portal, counts in zip(portals, figures, strict=True)
    ]


def _cell(value: str) -> str:
    # A name beginning with = + - @ would be a formula in a spreadsheet.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def rollup_csv(rows: list[PortalRow], first: date, last: date) -> HttpResponse:
    stream = io.StringIO()
    # The byte-order mark makes Excel read the file as UTF-8 (Vietnamese).
    stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow(
            [
                _cell(row.portal.name),
                row.portal.hostname,
                row.level,
                first.isoformat(),
                last.isoformat(),
                row.views,
                row.visitors,
            ]
        )
    filename = f"thong-ke-cac-cong-{first.isoformat()}-{last.isoformat()}.csv"
    return HttpResponse(
        stream.getvalue().encode("utf-8"),
        content_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "private, no-store",
        },
    )


class PortalRollupView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "stats/portal_rollup.html"
    page_title = "Thống kê các cổng"
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_every_portal(request.user):
            # A plain 403 rather than the admin's redirect to the dashboard:
            # the CSV link may be shared, and a download must not turn into
            # a page.
            return HttpResponseForbidden(
                "Chỉ biên tập viên, lãnh đạo và quản trị cấp tỉnh xem được "
                "thống kê các cổng.",
                content_type="text/plain; charset=utf-8",
            )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        form = PeriodForm(request.GET or None, initial={"period": LAST_7})
        if form.is_bound and not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if not form.is_bound:
            form = PeriodForm({"period": LAST_7})
            form.is_valid()
        first, last = form.days(local_day())
        rows = rollup_rows(first, last)
        if request.GET.get("export") == "csv":
            return rollup_csv(rows, first, last)
        query = request.GET.copy()
        query["export"] = "csv"
        return self.render_to_response(
            self.get_context_data(
                form=form,
                rows=rows,
                first=first,
                last=last,
                total_views=sum(row.views for row in rows),
                total_visitors=sum(row.visitors for row in rows),
                total_label=TOTAL_LABEL,
                total_visitors_label=TOTAL_VISITORS_LABEL,
                csv_query=query.urlencode(),
            )
        )
