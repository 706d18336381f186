"""The three staff roles as groups with their permissions, and the built-in sensitivities."""

from __future__ import annotations

from django.contrib.auth.management import create_permissions
from django.db import migrations

AGENT_PERMISSIONS = [
    "cases.view_case",
    "cases.add_case",
    "cases.change_case",
    "cases.view_interaction",
    "cases.add_interaction",
    "cases.view_caseevent",
    "cases.view_commitment",
    "cases.add_commitment",
    "cases.change_commitment",
    "cases.view_customer",
    "cases.change_customer",
    "cases.view_identity",
    "cases.add_identity",
    "cases.view_team",
    "cases.view_sensitivity",
    "cases.view_category",
]
SUPERVISOR_PERMISSIONS = [*AGENT_PERMISSIONS, "cases.view_customermerge"]
MANAGER_EXTRA = [
    "cases.view_all_cases",
    "auth.view_user",
    "auth.add_user",
    "auth.change_user",
    "rest_framework_api_key.view_apikey",
    "rest_framework_api_key.add_apikey",
    "rest_framework_api_key.change_apikey",
]

SENSITIVITIES = [
    ("bereavement", "Duelo", "Bereavement"),
    ("serious-diagnosis", "Diagnóstico grave", "Serious diagnosis"),
    ("financial-hardship", "Dificultad económica", "Financial hardship"),
    ("other", "Otra situación delicada", "Other sensitive situation"),
]


def _permissions(apps, names):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so the groups can
    # be given theirs on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    agent, _ = Group.objects.get_or_create(name="agent")
    agent.permissions.set(_permissions(apps, AGENT_PERMISSIONS))
    supervisor, _ = Group.objects.get_or_create(name="supervisor")
    supervisor.permissions.set(_permissions(apps, SUPERVISOR_PERMISSIONS))
    manager, _ = Group.objects.get_or_create(name="manager")
    every_case_permission = Permission.objects.filter(content_type__app_label="cases")
    manager.permissions.set([*every_case_permission, *_permissions(apps, MANAGER_EXTRA)])

    Sensitivity = apps.get_model("cases", "Sensitivity")
    for slug, name, name_en in SENSITIVITIES:
        Sensitivity.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en})


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["agent", "supervisor", "manager"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("rest_framework_api_key", "0005_auto_20220110_1102"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
