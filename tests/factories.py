"""Factories for test data. Cases and interactions that matter to a test are better made through
``cases.services`` so they carry their timeline events, as the product makes them."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cases import services
from cases.models import Case, Customer, Identity, IdentityKind, Interaction, Team
from cases.services import CustomerRef


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@faro.test")
    password = factory.PostGenerationMethodCall("set_password", "pass-word-123")

    @factory.post_generation
    def role(self, create: bool, extracted: str | None, **kwargs) -> None:
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))
        if create:
            self.save()


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Team {n}")
    slug = factory.Sequence(lambda n: f"team-{n}")


class CustomerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Customer

    name = factory.Faker("name", locale="es_ES")
    language = "es"


class IdentityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Identity

    customer = factory.SubFactory(CustomerFactory)
    kind = IdentityKind.EMAIL
    value = factory.Sequence(lambda n: f"person{n}@example.com")


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case

    customer = factory.SubFactory(CustomerFactory)
    subject = factory.Sequence(lambda n: f"Case {n}")
    team = factory.SubFactory(TeamFactory)


def record_message(
    email: str = "ana@example.com",
    *,
    name: str = "",
    ref: CustomerRef | None = None,
    **fields,
) -> Interaction:
    """An inbound chat from the customer, recorded as the webhook records it."""
    fields.setdefault("channel", "chat")
    fields.setdefault("direction", "inbound")
    fields.setdefault("text", "Hola, necesito ayuda con el ingreso de mi madre")
    ref = ref or CustomerRef(email=email, name=name)
    return services.record_interaction(customer=ref, **fields).interaction
