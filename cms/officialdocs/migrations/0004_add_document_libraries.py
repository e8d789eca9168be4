"""Every portal in use gets its "Văn bản" library, as provisioning makes one
for a new portal (services.ensure_document_index): installations upgraded
from before the documents feature have portals without it. Idempotent: a
portal that has a library keeps it, and running this again adds nothing.

A home with no page below it is a fresh installation's (sections' migration
0002 makes it): it is left as it was made, for the demo or its editors.

Written with the historical models (the tree's path arithmetic done here),
so that later changes to the page models cannot break it."""

from django.db import migrations
from django.utils import timezone

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, as Wagtail's
STEPLEN = 4
TITLE = "Văn bản"
SLUG = "van-ban"
INTRO = "Văn bản chỉ đạo, điều hành do cơ quan ban hành."


def _step(number: int) -> str:
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEPLEN, "0")


def _children(Page, parent):
    return Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)


def add_document_libraries(apps, schema_editor=None):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("sections", "HomePage")
    DocumentIndexPage = apps.get_model("officialdocs", "DocumentIndexPage")
    library_type, _ = ContentType.objects.get_or_create(
        app_label="officialdocs", model="documentindexpage"
    )
    now = timezone.now()
    for home in HomePage.objects.order_by("path"):
        children = _children(Page, home)
        if not children.exists():
            continue  # a fresh installation's home
        if children.filter(content_type=library_type).exists():
            continue
        last = children.order_by("-path").values_list("path", flat=True).first()
        path = home.path + _step(int(last[-STEPLEN:], len(ALPHABET)) + 1)
        slugs = set(children.values_list("slug", flat=True))
        slug, number = SLUG, 1
        while slug in slugs:
            number += 1
            slug = f"{SLUG}-{number}"
        DocumentIndexPage.objects.create(
            title=TITLE,
            draft_title=TITLE,
            slug=slug,
            intro=INTRO,
            content_type=library_type,
            path=path,
            depth=home.depth + 1,
            numchild=0,
            url_path=f"{home.url_path}{slug}/",
            locale_id=home.locale_id,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        Page.objects.filter(pk=home.pk).update(numchild=children.count())


class Migration(migrations.Migration):
    dependencies = [
        ("officialdocs", "0003_document_search"),
        ("sections", "0003_collects_commune_news"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(add_document_libraries, migrations.RunPython.noop),
    ]
