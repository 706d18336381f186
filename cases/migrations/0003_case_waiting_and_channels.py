"""Two denormalised fields the queue shows without reading interactions, filled for old cases."""

from django.db import migrations, models


def fill_from_history(apps, schema_editor):
    """Replay each case's interactions in order, as ``services._advance_case`` does for new ones."""
    Case = apps.get_model("cases", "Case")
    Interaction = apps.get_model("cases", "Interaction")
    for case in Case.objects.only("pk").iterator(chunk_size=500):
        channels: list[str] = []
        waiting_since = None
        entries = Interaction.objects.filter(case_id=case.pk).order_by("occurred_at", "id")
        for occurred_at, channel, direction, duration in entries.values_list(
            "occurred_at", "channel", "direction", "duration_seconds"
        ):
            if channel != "note" and channel not in channels:
                channels.append(channel)
            answered = direction == "outbound" or (channel in ("phone", "video") and duration)
            if answered:
                waiting_since = None
            elif direction == "inbound" and waiting_since is None:
                waiting_since = occurred_at
        Case.objects.filter(pk=case.pk).update(
            channels_used=",".join(channels), awaiting_reply_since=waiting_since
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0002_roles_and_sensitivities"),
    ]

    operations = [
        migrations.AddField(
            model_name="case",
            name="awaiting_reply_since",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="waiting for a reply since"
            ),
        ),
        migrations.AddField(
            model_name="case",
            name="channels_used",
            field=models.CharField(
                blank=True, db_default="", default="", max_length=200, verbose_name="channels used"
            ),
        ),
        migrations.RunPython(fill_from_history, migrations.RunPython.noop),
    ]
