"""What the API keeps of its own: the answers' per-page fragments
(api/fragments.py). Content lives in cms/; nothing here is a source of truth,
and every row may be dropped at any time."""

from django.db import models


class PageFragment(models.Model):
    """One page's part of an answer, as its serializer made it (the JSON of a
    list item, or of a detail without what changes between requests), for
    one origin (scheme, host, reader-site URL and language: what absolute
    URLs and labels in it depend on).

    ``stamp`` is the page's ``last_published_at`` when the fragment was
    built: a fragment with another stamp is a miss, so a republish retires
    it even before the signal handlers drop it. ``refs`` lists what else it
    shows (",i12,p34,d5,t7,e<hash>,": images, pages, documents, tags,
    embeds), so that a change of any of them drops it. ``valid_until``: the
    moment a page it links to expires (which sends no signal)."""

    SUMMARY = "summary"
    DETAIL = "detail"
    # The texts a search result's snippet is cut from (a JSON list).
    TEXTS = "texts"

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=16)
    origin = models.CharField(max_length=255)
    stamp = models.DateTimeField()
    content = models.TextField()
    related = models.TextField(blank=True, default="")
    refs = models.TextField(blank=True, default="")
    valid_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "mảnh câu trả lời"
        verbose_name_plural = "mảnh câu trả lời"
        constraints = [
            models.UniqueConstraint(
                fields=["page", "kind", "origin"], name="page_fragment_unique"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.page_id}"
