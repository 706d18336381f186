"""The three staff roles, as Django groups created by a data migration (0002_roles)."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

AGENT = "agent"
SUPERVISOR = "supervisor"
MANAGER = "manager"
ROLES = (AGENT, SUPERVISOR, MANAGER)

# Managers see every case; the others see their teams' cases and their own.
SEE_ALL_CASES = "cases.view_all_cases"
# Every role may see cases (of its teams) and work them.
VIEW_CASE = "cases.view_case"
CHANGE_CASE = "cases.change_case"
# Escalations (cases.Escalation): every role sees a case's escalation; supervisors and managers
# have the escalations board and close them.
CLOSE_ESCALATION = "cases.change_escalation"


class Integration(AnonymousUser):
    """The principal of a request authenticated by an API key: a channel system, not a person.

    Integrations act for the whole organisation (they push every channel's traffic) and are never
    recorded as the actor of an event: the interaction's ``source`` names them instead.
    """

    def __init__(self, api_key) -> None:  # noqa: ANN001
        super().__init__()
        self.api_key = api_key

    @property
    def is_authenticated(self) -> bool:  # type: ignore[override]
        return True

    @property
    def is_anonymous(self) -> bool:  # type: ignore[override]
        return False

    def __str__(self) -> str:
        return f"integration:{self.api_key.name}"


def is_integration(user) -> bool:  # noqa: ANN001
    return isinstance(user, Integration)


def sees_all_cases(user) -> bool:  # noqa: ANN001
    return is_integration(user) or (
        user.is_authenticated and user.is_active and user.has_perm(SEE_ALL_CASES)
    )
