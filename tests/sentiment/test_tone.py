"""The tone watch's rule, message by message."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sentiment.tone import CALM, NEGATIVE, ToneState, observe


def watch(scores: list[float]) -> list[int]:
    """The indexes of the messages that raised a shift."""
    state, shifts = ToneState(), []
    for index, compound in enumerate(scores):
        state, shift = observe(state, compound)
        if shift is not None:
            shifts.append(index)
    return shifts


def watch_messages(messages: list[tuple[str, str]]) -> list[int]:
    """The indexes of the (text, language) messages that raised a shift, scored by the engine."""
    from sentiment.engine import analyze

    return watch([analyze(text, lang).compound for text, lang in messages])


def test_a_turn_to_negative_alerts_at_that_message():
    assert watch([0.4, 0.0, 0.0, -0.7, -0.8, -0.6]) == [3]


def test_a_case_that_opens_upset_has_not_turned():
    assert watch([-0.8, -0.6, 0.0, 0.3]) == []


def test_a_first_message_that_only_describes_the_problem_can_still_turn():
    # "desde esta mañana no tengo internet" (-0.42) is not an upset opening: the later turn alerts
    assert watch([-0.42, 0.0, -0.3, -0.64, -0.74]) == [3]


def test_an_upset_opening_that_recovers_does_not_alert():
    assert watch([-0.64, 0.56, 0.0, 0.0, 0.72]) == []
    assert watch([-0.5, 0.0, 0.0, 0.3]) == []


def test_one_mildly_negative_word_does_not_alert():
    assert watch([0.0, 0.0, -0.3, 0.0, 0.0]) == []


def test_hysteresis_no_second_alert_until_the_tone_recovered():
    assert watch([0.0, -0.8, -0.1, -0.7, -0.9]) == [1]  # never got clear of negative
    assert watch([0.0, -0.8, 0.6, 0.6, -0.8]) == [1, 4]  # recovered, then turned again


def test_a_sudden_fall_from_a_good_mood_alerts():
    state, shift = observe(ToneState(tone=0.8, mood=CALM), -0.5)  # smoothed: -0.24
    assert shift is not None and shift.before == 0.8 and state.mood == NEGATIVE


@given(st.lists(st.floats(min_value=-1, max_value=1), min_size=1, max_size=30))
def test_tone_stays_in_range_and_alerts_only_on_entering_negative(scores):
    state = ToneState()
    for compound in scores:
        previous = state
        state, shift = observe(state, compound)
        assert -1 <= state.tone <= 1
        if shift is not None:
            assert previous.mood == CALM and state.mood == NEGATIVE


def test_tone_eval_reports_turns_and_false_alerts(tmp_path):
    import json
    from io import StringIO

    import pytest
    from django.core.management import CommandError, call_command

    conversations = tmp_path / "conversations.jsonl"
    lines = [
        {
            "id": "turns",
            "lang": "es",
            "messages": [
                "Hola, quería consultar el estado de mi reclamación.",
                "Vale, espero entonces.",
                "Es la cuarta vez que llamo y nadie me da una solución, es una vergüenza.",
            ],
            "turns_negative_at": 2,
        },
        {
            "id": "calm",
            "lang": "en",
            "messages": ["Hi, could you confirm my appointment?", "Great, thank you so much!"],
            "turns_negative_at": None,
        },
    ]
    conversations.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    out = StringIO()
    call_command("tone_eval", str(conversations), "--json", stdout=out)
    result = json.loads(out.getvalue())
    assert (result["turning"], result["exact"], result["calm"], result["false_alerts"]) == (
        1,
        1,
        1,
        0,
    )
    conversations.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("tone_eval", str(conversations))


def test_sighs_in_requests_and_self_directed_slips_do_not_alert():
    """The engine keeps a customer's sigh over their own chore ("ugh", "uf, qué lata", "qué
    pena, ese día no puedo") near neutral, so a calm conversation with one of them stays calm,
    while a single complaint cue that follows still turns the watch."""
    calm = [
        ("hola, quería pedir cita para el pediatra", "es"),
        ("qué pena, ese día no puedo, ¿y el viernes?", "es"),
        ("uf, qué lata, ¿me reenvían el enlace?", "es"),
        ("vale, el viernes perfecto", "es"),
    ]
    assert watch_messages(calm) == []
    turning = [
        ("hi, I need a copy of my bill", "en"),
        ("ugh, I forgot my password, can you send the reset link?", "en"),
        ("it's been a fortnight and the link still doesn't work", "en"),
    ]
    assert watch_messages(turning) == [2]


def test_a_mild_remark_after_a_good_mood_is_no_sudden_turn():
    # "perfecto, gracias" (0.57) then a mild question about a refund for the outage (-0.3): a
    # fall of 0.7 that ends below zero, but the message itself is not clearly negative
    state, shift = observe(ToneState(tone=0.57, mood=CALM), -0.3)
    assert shift is None and state.mood == CALM
    # the same fall caused by a complaint is a turn
    state, shift = observe(ToneState(tone=0.57, mood=CALM), -0.45)
    assert shift is not None and state.mood == NEGATIVE


def test_a_status_report_after_a_mild_opening_is_not_the_turn():
    # "my internet's been slow" (-0.34), "rebooted it, still slow" (-0.34), a speed test (0),
    # then the complaint (-0.56): the watch waits for the complaint
    assert watch([-0.34, -0.34, 0.0, -0.56]) == [3]


def test_a_turn_told_by_the_facts_alone_alerts_at_that_message():
    # the turn names no feeling: a charge for a returned item, a no-show after "great, thanks"
    charged = [
        ("hola, una consulta sobre la factura de marzo", "es"),
        ("el número de cliente es 55120", "es"),
        ("me cobran otra vez el router que devolví en enero", "es"),
        ("espero que lo corrijan", "es"),
    ]
    assert watch_messages(charged) == [2]
    no_show = [
        ("hi, can I book a boiler service?", "en"),
        ("great, thanks", "en"),
        ("the engineer didn't turn up and I took the morning off for this", "en"),
    ]
    assert watch_messages(no_show) == [2]


def test_a_slip_of_the_customers_own_does_not_alert():
    slip = [
        ("hi, I need to change the name on my account", "en"),
        ("ugh, I've spelled my surname wrong, it's Whitfield", "en"),
        ("thanks", "en"),
    ]
    assert watch_messages(slip) == []


def test_ironic_praise_and_curt_demands_alert_at_the_turn():
    ironic = [
        ("Hola, me ha llegado la factura del gas", "es"),
        ("¿Me podéis pasar el desglose del importe?", "es"),
        ("Ah, genial, me cobráis una lectura estimada de un piso vacío. Maravilloso. 👏", "es"),
        ("Quiero que lo rectifiquen ya", "es"),
    ]
    assert watch_messages(ironic) == [2]
    demand = [
        ("Hello, I'm asking about the refund for my flight", "en"),
        ("The booking reference is KX77Q", "en"),
        ("I want this fixed now.", "en"),
    ]
    assert watch_messages(demand) == [2]
    genuine = [
        ("Hola, el técnico vino esta mañana", "es"),
        ("genial, ya funciona todo", "es"),
        ("excelente atención, gracias", "es"),
    ]
    assert watch_messages(genuine) == []


def test_quoted_promises_and_grief_after_an_apology_alert_at_the_turn():
    quoted = [
        ("Hi, I'm writing about my broadband package", "en"),
        ("The account number is 5521-88", "en"),
        ("Your 'superfast' broadband runs at 2Mbps every evening", "en"),
    ]
    assert watch_messages(quoted) == [2]
    grief = [
        ("Hola, necesito los datos para pagar la cuota del sepelio", "es"),
        ("Perdón, es que no puedo parar de llorar mientras hago esto", "es"),
    ]
    assert watch_messages(grief) == [1]
