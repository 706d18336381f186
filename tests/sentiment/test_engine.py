"""The sentiment engine: VADER's rules in both languages and the contact-centre layer."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sentiment.engine import MAX_CHARS, Score, analyze
from sentiment.language import detect_language


def label(text: str, language: str | None = None) -> str:
    return analyze(text, language).label


# ------------------------------------------------------------------ measured failures of VADER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please update my address, thanks", "neutral"),
        ("Por favor actualicen mi dirección, gracias", "neutral"),
        ("ok", "neutral"),
        ("vale, os envío el parte esta tarde", "neutral"),
        ("7th time I call about this", "negative"),
        ("Es la tercera vez que llamo", "negative"),
        ("still waiting, 4 hours", "negative"),
        ("Llevo 3 horas esperando", "negative"),
        ("¿otra vez?", "negative"),
        ("Not again. Awful experience.", "negative"),
        ("Nobody offered any solution", "negative"),
        ("Nadie me ofreció ninguna solución", "negative"),
        ("You said you would call me back", "negative"),
        ("Quedaron en llamarme el lunes", "negative"),
        ("Quiero la hoja de reclamaciones", "negative"),
        ("Si esto sigue así voy a cancelar el contrato", "negative"),
        ("I'm going to switch provider", "negative"),
        ("My lawyer will hear about this", "negative"),
        ("My father passed away last week, I need to close his account", "neutral"),
        ("Mi padre falleció ayer, necesito dar de baja su póliza", "neutral"),
        ("I'm devastated since my husband died, I can't cope", "negative"),
        ("Estoy destrozada desde que murió mi madre", "negative"),
        ("Thanks for fixing the billing mess so fast", "positive"),
        ("Gracias por solucionar el lío de la factura tan rápido", "positive"),
    ],
)
def test_contact_centre_failures_of_plain_vader_are_handled(text, expected):
    assert label(text) == expected


def test_negation_does_not_leak_across_sentences():
    assert analyze("No. Está perfecto.").label == "positive"
    assert analyze("Not again. Awful experience.").compound < -0.3


def test_domain_nouns_are_neutral():
    for text in ("I have a question about my claim", "Tengo una duda sobre mi póliza de seguro"):
        assert label(text) == "neutral"


# ------------------------------------------------------------------ Spanish rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El servicio es bueno", "positive"),
        ("El servicio no es bueno", "negative"),
        ("No estoy nada contento", "negative"),
        ("Nunca me han ayudado", "negative"),
        ("No funciona el internet", "negative"),
        ("Sin respuesta desde el lunes", "negative"),
        ("Tampoco me gusta", "negative"),
        ("poco amable el agente", "negative"),
        ("Me sacan de quicio", "negative"),
        ("Estoy hasta el moño", "negative"),
        ("ni de broma pago eso", "negative"),
        ("me tienen frito con las llamadas", "negative"),
        ("esto no tiene nombre", "negative"),
        ("todo salió de maravilla", "positive"),
        ("qué bacano el servicio", "positive"),
        ("q mal servicio xq nadie me ayuda", "negative"),
        ("graciasss, todo perfecto!!", "positive"),
        ("Es lentísimo", "negative"),
        ("Es buenísimo", "positive"),
        ("Llegó perfectamente", "positive"),
    ],
)
def test_spanish_rules(text, expected):
    assert label(text, "es") == expected


def test_negative_concord_is_one_negation():
    once = analyze("no estoy contento", "es").compound
    twice = analyze("no estoy nada contento", "es").compound
    assert once < 0 and twice < 0


def test_negation_scope_stops_at_comma_and_pero():
    assert label("No, está perfecto", "es") == "positive"
    assert label("No llegó a tiempo pero es excelente", "es") == "positive"


def test_boosters_and_dampeners_scale_valence():
    plain = analyze("es bueno", "es").compound
    assert analyze("es muy bueno", "es").compound > plain
    assert analyze("es súper bueno", "es").compound > plain
    assert analyze("es un poco lento", "es").compound > analyze("es lento", "es").compound


def test_contrast_weights_the_clause_after_pero_and_down_weights_aunque():
    assert label("Fue rápido pero el agente fue muy grosero", "es") == "negative"
    assert label("Aunque tardaron, me lo resolvieron muy bien", "es") == "positive"
    assert label("Es caro, sin embargo el servicio es excelente", "es") == "positive"


def test_caps_and_exclamations_intensify():
    assert (
        analyze("es MALO el servicio", "es").compound
        < analyze("es malo el servicio", "es").compound
    )
    assert analyze("es malo!!!", "es").compound < analyze("es malo", "es").compound


def test_emoji_and_emoticons_score_in_both_languages():
    assert label("😡😡", "es") == "negative"
    assert label("😡😡", "en") == "negative"
    assert label(":)", "es") == "positive"
    assert label("todo listo 👍", "es") == "positive"


def test_normalisation_expands_abbreviations_and_folds_accents():
    assert label("porfa, nesesito mi factura", "es") == "neutral"
    assert analyze("pesimo servicio", "es").compound == analyze("pésimo servicio", "es").compound
    assert label("nooo funciona", "es") == "negative"


# ------------------------------------------------------------------ English rules


def test_english_keeps_vader_behaviour_on_plain_sentences():
    assert label("The book was good.") == "positive"
    assert label("The book was not good.") == "negative"
    assert label("Not bad at all") == "positive"
    assert label("It was never this good") == "positive"


def test_apology_for_earlier_anger_is_not_the_current_tone():
    text = "sorry i got upset earlier, it's all fixed now and the tech was very patient"
    assert label(text) == "positive"


# ------------------------------------------------------------------ drivers and API


def test_drivers_explain_the_score_biggest_first():
    score = analyze("Llevo 3 horas esperando y el agente fue muy grosero", "es")
    texts = [d.text for d in score.drivers]
    assert "grosero" in texts
    assert any(d.rule == "waiting" for d in score.drivers)
    weights = [abs(d.weight) for d in score.drivers]
    assert weights == sorted(weights, reverse=True)


def test_score_is_frozen_and_serialisable():
    score = analyze("Great service, thanks!")
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.label = "negative"  # type: ignore[misc]
    data = score.to_dict()
    assert set(data) == {"compound", "label", "language", "drivers"}
    assert data["drivers"][0].keys() == {"text", "weight", "rule"}


# ------------------------------------------------------------------ odd inputs


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t", "😀", "🙏🙏", "\x00\x01\x07hola\x1b", "¿¡!?...", "a" * 100_000, "x " * 60_000],
)
def test_odd_input_gets_a_score_never_an_exception(text):
    score = analyze(text)
    assert isinstance(score, Score)
    assert -1.0 <= score.compound <= 1.0
    assert score.language in ("es", "en")


def test_empty_and_none_are_neutral_and_other_types_raise():
    assert analyze("").label == "neutral"
    assert analyze(None, prior="en") == Score(0.0, "neutral", "en", ())
    with pytest.raises(TypeError):
        analyze(b"bytes")  # type: ignore[arg-type]


def test_long_text_is_capped():
    long_text = "terrible servicio. " + "bla " * 50_000 + " excelente " * 1000
    assert len(long_text) > MAX_CHARS
    assert analyze(long_text, "es").label == "negative"


def test_mixed_language_message_is_scored_with_the_detected_language():
    score = analyze("Hola, my order never arrived and nobody answers the phone")
    assert score.language == "en"
    assert score.label == "negative"


# ------------------------------------------------------------------ language detection


def test_language_detection_with_prior_for_short_texts():
    assert detect_language("Llevo tres horas esperando una respuesta") == "es"
    assert detect_language("I have been waiting for three hours") == "en"
    assert detect_language("ok", prior="en") == "en"
    assert detect_language("ok", prior="es") == "es"
    assert detect_language("¿otra vez?", prior="en") == "es"
    assert detect_language("", prior="en") == "en"


def test_explicit_language_skips_detection():
    assert analyze("the service was bad", "es").language == "es"


# ------------------------------------------------------------------ properties

_words = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzáéíóúñ ¿?¡!.,:)(😀😡👍 ")),
    max_size=80,
)
_POSITIVE_ES = ["bueno", "excelente", "genial", "amable", "contento", "perfecto", "rápido"]
_FRAMES = ["el servicio es {}", "la atención fue {}", "estoy {}", "me pareció {}", "{}"]
_NEGATED_FRAMES = [
    ("el servicio es {}", "el servicio no es {}"),
    ("la atención fue {}", "la atención nunca fue {}"),
    ("estoy {}", "no estoy {}"),
    ("me pareció {}", "no me pareció {}"),
    ("{}", "nada {}"),
    ("el agente fue {}", "el agente no fue nada {}"),
]


@settings(max_examples=200, deadline=None)
@given(st.one_of(_words, st.text(max_size=60)))
def test_compound_is_always_in_range_and_deterministic(text):
    first = analyze(text)
    assert -1.0 <= first.compound <= 1.0
    assert analyze(text) == first


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_POSITIVE_ES), st.sampled_from(_NEGATED_FRAMES))
def test_negating_a_clearly_positive_spanish_word_turns_the_score_negative(word, frames):
    plain, negated = frames
    assert analyze(plain.format(word), "es").compound > 0
    assert analyze(negated.format(word), "es").compound < 0


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(_POSITIVE_ES + ["malo", "lento", "caro", "horrible", "grosero", "triste"]),
    st.sampled_from(_FRAMES + ["no es {}", "nunca fue {}"]),
)
def test_adding_muy_never_weakens_a_score(word, frame):
    """Putting "muy" before the message's only sentiment word never lowers |compound|."""
    plain = analyze(frame.format(word), "es").compound
    boosted = analyze(frame.format("muy " + word), "es").compound
    assert abs(boosted) >= abs(plain)
