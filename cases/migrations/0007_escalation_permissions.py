"""Who may see and close escalations and see tone alerts: supervisors and managers work the
escalations board; every role sees the tone alerts of the cases it works (and in the admin)."""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations

EVERY_ROLE = ["sentiment.view_tonealert", "cases.view_escalation"]
SUPERVISORS_AND_MANAGERS = ["cases.change_escalation"]
GRANTS = {
    "agent": EVERY_ROLE,
    "supervisor": [*EVERY_ROLE, *SUPERVISORS_AND_MANAGERS],
    "manager": [*EVERY_ROLE, *SUPERVISORS_AND_MANAGERS],
}


def _permission(apps, name):
    app_label, codename = name.split(".")
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label=app_label, codename=codename
    )


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now (as 0002 does).
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for group_name, names in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*(_permission(apps, name) for name in names))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group_name, names in GRANTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.remove(*(_permission(apps, name) for name in names))


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0006_escalations"),
        ("sentiment", "0001_tone_alert"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
