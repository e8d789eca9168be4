from django.db import migrations, models

BATCH = 500


def note_sizes(apps, schema_editor):
    """Sizes of the renditions made before the field existed, read once from
    the storage; a missing file stays unknown (None)."""
    rendition_model = apps.get_model("images", "CustomRendition")
    pending = rendition_model.objects.filter(file_size__isnull=True).only("file")
    batch = []
    for rendition in pending.iterator(chunk_size=BATCH):
        try:
            rendition.file_size = rendition.file.storage.size(rendition.file.name)
        except Exception:  # noqa: S112 - missing or unreadable (local or S3): unknown
            continue
        batch.append(rendition)
        if len(batch) >= BATCH:
            rendition_model.objects.bulk_update(batch, ["file_size"])
            batch = []
    rendition_model.objects.bulk_update(batch, ["file_size"])


class Migration(migrations.Migration):
    dependencies = [("images", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="customrendition",
            name="file_size",
            field=models.PositiveIntegerField(
                editable=False, null=True, verbose_name="dung lượng tệp (byte)"
            ),
        ),
        migrations.RunPython(note_sizes, migrations.RunPython.noop),
    ]
