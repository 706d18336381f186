"""Evaluate the tone watch on conversations: does it alert at the message where the tone turns?

Reads JSON lines ``{"id", "lang", "messages": [...], "turns_negative_at": index or null}`` (the
customer's messages in order) and runs each message through the product's own path: the engine's
``analyze`` with the conversation's language as the prior, then ``sentiment.tone.observe`` with
the settings the product uses. Prints, for conversations that turn, how many alerted at the exact
message, within one message, too early and not at all; for the others, how many alerted at all
(false alerts). ``--json`` prints the same as one JSON object.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sentiment.engine import analyze
from sentiment.tone import ToneState, observe, settings_from_django


def alerts_in(messages: list[str], language: str | None) -> list[int]:
    """The indexes of the messages at which the watch raised a shift."""
    settings = settings_from_django()
    state, alerts = ToneState(), []
    for index, text in enumerate(messages):
        state, shift = observe(state, analyze(text, prior=language).compound, settings)
        if shift is not None:
            alerts.append(index)
    return alerts


def evaluate(conversations: list[dict]) -> dict:
    turning = [c for c in conversations if c.get("turns_negative_at") is not None]
    calm = [c for c in conversations if c.get("turns_negative_at") is None]
    exact = within_one = early = missed = 0
    for conversation in turning:
        alerts = alerts_in(conversation["messages"], conversation.get("lang"))
        turn = conversation["turns_negative_at"]
        first = alerts[0] if alerts else None
        if first is None:
            missed += 1
            continue
        exact += first == turn
        within_one += abs(first - turn) <= 1
        early += first < turn
    false_alerts = sum(bool(alerts_in(c["messages"], c.get("lang"))) for c in calm)

    def share(count: int, total: int) -> float:
        return round(count / total, 4) if total else 0.0

    return {
        "turning": len(turning),
        "exact": exact,
        "exact_share": share(exact, len(turning)),
        "within_one": within_one,
        "within_one_share": share(within_one, len(turning)),
        "too_early": early,
        "missed": missed,
        "calm": len(calm),
        "false_alerts": false_alerts,
        "false_alert_share": share(false_alerts, len(calm)),
    }


class Command(BaseCommand):
    help = "Evaluate the tone watch on conversations (JSON lines)."

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, **options) -> None:
        path: Path = options["file"]
        try:
            conversations = [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line
            ]
        except (OSError, ValueError) as error:
            raise CommandError(f"{path}: {error}") from error
        for number, conversation in enumerate(conversations, start=1):
            if not isinstance(conversation, dict) or not isinstance(
                conversation.get("messages"), list
            ):
                raise CommandError(f"{path}:{number}: a conversation needs a list of messages")
        result = evaluate(conversations)
        if options["json"]:
            self.stdout.write(json.dumps(result))
            return
        self.stdout.write(
            f"turning conversations: {result['turning']}\n"
            f"  alerted at the turn:        {result['exact']} ({result['exact_share']:.1%})\n"
            f"  within one message:         {result['within_one']} "
            f"({result['within_one_share']:.1%})\n"
            f"  too early:                  {result['too_early']}\n"
            f"  never alerted:              {result['missed']}\n"
            f"calm conversations: {result['calm']}\n"
            f"  false alerts:               {result['false_alerts']} "
            f"({result['false_alert_share']:.1%})"
        )
