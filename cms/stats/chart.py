"""The admin's chart of daily views and visitors, drawn on the server as SVG:
no JavaScript, nothing loaded from elsewhere, readable in the page source."""

import math
from collections.abc import Sequence

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from .services import DayFigures

WIDTH, HEIGHT = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 12, 36
VIEWS_COLOUR = "#007d7e"  # Wagtail's teal; readable on light and dark themes
VISITORS_COLOUR = "#e07a00"
GRID_LINES = 4


def nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 5 x 10^n (times GRID_LINES) not below ``value``, so
    the grid lines fall on round numbers."""
    if value <= 0:
        return GRID_LINES
    step = value / GRID_LINES
    magnitude = 10 ** math.floor(math.log10(step))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= step:
            return int(factor * magnitude * GRID_LINES) or GRID_LINES
    raise AssertionError("unreachable")  # pragma: no cover


def _at(coordinate: float) -> str:
    # format_html escapes its arguments into strings first, so coordinates are
    # formatted here.
    return f"{coordinate:.1f}"


def _number(value: int) -> str:
    # Vietnamese groups thousands with a dot: 12.345.
    return f"{value:,}".replace(",", ".")


def daily_chart(days: Sequence[DayFigures], title: str) -> SafeString:
    """Bars for views, a line for visitors, one step per day."""
    top = nice_ceiling(max((day.views for day in days), default=0))
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    step = plot_width / max(len(days), 1)
    bar = max(step * 0.7, 1)

    def y(value: int) -> float:
        return TOP + plot_height * (1 - value / top)

    def x(index: int) -> float:
        return LEFT + index * step + step / 2

    grid = format_html_join(
        "",
        '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="currentColor" '
        'stroke-opacity="0.15"/>'
        '<text x="{}" y="{}" text-anchor="end" font-size="11" '
        'fill="currentColor">{}</text>',
        (
            (
                LEFT,
                WIDTH - RIGHT,
                _at(y(top * i // GRID_LINES)),
                _at(y(top * i // GRID_LINES)),
                LEFT - 6,
                _at(y(top * i // GRID_LINES) + 4),
                _number(top * i // GRID_LINES),
            )
            for i in range(GRID_LINES + 1)
        ),
    )
    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}">'
        "<title>{}: {} lượt xem, {} khách truy cập</title></rect>",
        (
            (
                _at(x(index) - bar / 2),
                _at(y(day.views)),
                _at(bar),
                _at(TOP + plot_height - y(day.views)),
                VIEWS_COLOUR,
                day.date.strftime("%d/%m/%Y"),
                _number(day.views),
                _number(day.visitors),
            )
            for index, day in enumerate(days)
        ),
    )
    points = " ".join(
        f"{_at(x(index))},{_at(y(day.visitors))}" for index, day in enumerate(days)
    )
    dots = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="2.5" fill="{}"/>',
        (
            (_at(x(index)), _at(y(day.visitors)), VISITORS_COLOUR)
            for index, day in enumerate(days)
        ),
    )
    # A date label every week, counted back from the last day.
    labels = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="middle" font-size="11" '
        'fill="currentColor">{}</text>',
        (
            (_at(x(index)), HEIGHT - BOTTOM + 16, day.date.strftime("%d/%m"))
            for index, day in enumerate(days)
            if (len(days) - 1 - index) % 7 == 0
        ),
    )
    return format_html(
        '<svg class="stats-chart" viewBox="0 0 {} {}" width="100%" role="img" '
        'aria-label="{}" xmlns="http://www.w3.org/2000/svg">'
        "<title>{}</title>{}{}"
        '<polyline points="{}" fill="none" stroke="{}" stroke-width="2"/>{}{}'
        "</svg>",
        WIDTH,
        HEIGHT,
        title,
        title,
        grid,
        bars,
        points,
        VISITORS_COLOUR,
        dots,
        labels,
    )
