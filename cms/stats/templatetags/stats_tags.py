from django import template

register = template.Library()


@register.filter
def stats_number(value) -> str:
    """12345 -> "12.345", as Vietnamese readers group thousands."""
    return f"{int(value or 0):,}".replace(",", ".")
