"""Faro's bilingual (Spanish/English) sentiment engine: VADER's rules, per-language data.

`analyze(text)` scores one customer message and says why. Pure Python, no Django, no models:
everything is loaded once (on first use) and a call costs microseconds.

The scoring machinery is a port of vaderSentiment 3.3.2's `SentimentIntensityAnalyzer`
(Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment
Analysis of Social Media Text. ICWSM-14), refactored so that the lexicon, negators, boosters,
contrast words, idioms and constants are per-language data (`sentiment.rules`) and so that
every token's contribution is returned. vaderSentiment's licence:

    The MIT License (MIT)
    Copyright (c) 2016 C.J. Hutto
    Permission is hereby granted, free of charge, to any person obtaining a copy of this
    software and associated documentation files (the "Software"), to deal in the Software
    without restriction, including without limitation the rights to use, copy, modify, merge,
    publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
    to whom the Software is furnished to do so, subject to the following conditions:
    The above copyright notice and this permission notice shall be included in all copies or
    substantial portions of the Software.
    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
    INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
    PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
    FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
    OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
    DEALINGS IN THE SOFTWARE.

What differs from VADER (all of it aimed at contact-centre messages):
- negation stops at clause punctuation and at contrast words, and a run of negators is one
  negation (Spanish negative concord: "no estoy nada contento");
- "nobody", "no one", "zero", "nadie", "ningún" negate; words with no valence of their own turn
  negative when negated ("no funciona", "nobody called");
- politeness ("please", "gracias", "ok", "vale") does not lift a request or question; thanks
  for something done is positive and softens the negative words it refers to;
- cues without sentiment words score: repeat contact, elapsed waiting, broken promises, exit
  and escalation threats, being passed around, service cuts, price rises, "why" questions about
  a grievance, a charge for what was paid or returned, a visit that never came, a promised day
  set against today's (`sentiment.rules`, "cues"), and a curt demand: a want/need verb or an
  imperative with "ya"/"now"/"today" closing its clause ("quiero que lo rectifiquen ya", "I need
  this fixed today"; not with "please", in a question or about the customer's own act);
- sarcasm: praise that opens or closes a complaint as a clause of its own counts negative
  ("genial, otra vez sin luz", "cut off again, brilliant"), as does praise that is a sentence of
  its own before the complaint ("Great, just great. Fourth visit and nobody came"), praise that
  heads the complaint's own short clause or names the event ("perfect timing, …", "lovely to be
  kept on hold for 50 minutes") when the complaint is clear, and a stock phrase of praise that
  closes a complaining clause ("…sin avisar, qué bonito", "…nothing could be done. So that's
  great"); and ironic praise: an exclamation of praise heading a clause anywhere in a message
  that states a plain failure ("empty", "se murió", "lectura estimada") or carries an ironic
  emoji or tag (🙃 🙄, "love that for me", "gracias por nada") turns every positive word
  negative, unless the failure is mended or conceded ("excellent, the broken boiler is fixed");
- an emoji is never negated ("sigue sin tocar 🙄");
- round 7's facts and sarcasm: a contradiction between two sides ("me dijeron una cosa y por
  teléfono otra", "the bank says it's your fault"), a vulnerable person kept waiting for hours
  ("lo tuvieron sentado 6 horas"), a bill for an empty home or for a previous tenant, a charge for
  what no longer exists or was never signed, "ni siquiera" / "didn't even", a manager demanded
  ("I want a manager"), a polite last warning ("es la última vez que lo pido amablemente") and a
  promised delay against the days since ("That was 19 days back") are cues; a service's promise
  in scare quotes in a statement ("your 'unlimited' plan", "the refund 'was processed'"), thanks
  for a harm ("cheers for charging me after I cancelled") and a last warning turn every praise
  word negative, and praise before "si no fuera porque" / "except you" does when a complaint
  follows; grief or panic after an apology ("perdón, no puedo parar de llorar") keeps its weight;
- round 8 (data in `sentiment.rules_es`): an imperative with its pronoun joined ("sáquenme",
  "mándenmela") demands with urgency, urgency may be a sentence of its own ("Quiero la baja.
  Ya."), and an order to mend it demands as a clause of its own ("Arréglenlo."); praise heading
  a clause beside a cue that states a failure (a wrong charge, a cut, a no-show) is ironic; a
  "weak" cue (a report of what was said) counts only beside another sign of a grievance; fear
  after an apology keeps its weight unless told as past; a hard moment told as past before a
  "pero" that the service eased ("fue un susto enorme, pero ustedes respondieron. Gracias")
  weighs less and its thanks count;
- round 9 (data in `sentiment.rules_es`; a cue's pattern may be any object with `search` and
  `finditer`, so figures set against each other are compared: days promised against days gone
  by, paid against billed, contracted against measured); a participle made a superlative
  ("restablecidísimo") is irony, a mend that is negated ("nada funciona") does not excuse ironic
  praise, a figure keeps its digits ("1000" is no "10"), and a slip "por error" is the
  customer's own;
- round 10 (data in `sentiment.rules_es`; a figure cue may read its figures from all of its
  groups, so clock times, dated days and weekdays are compared too: asked at 22:10 and come at
  23:45, opened on 2 January and today 14 March, promised for Thursday and it is Saturday): a
  harm negated after a purpose ("para que no me corten la luz") is prevented, not relieved; a
  few words keep their accents ("Peña" is a surname, not "pena"); and a discourse opener at the
  start of a later sentence is no praise ("Ay, qué semana. Bueno, les escribo…");
- round 10, English (data in `sentiment.rules_en`; a cue's pattern may search a rare phrase
  first and check the word before it, `_AfterPattern`): praise that closes a complaint may be a
  run of praise clauses ("…three weeks running. Excellent value, well done.");
- praise of a person (a nurse, the agent) in a message that complains in another sentence about
  the service counts for less: the complaint decides ("the midwives were amazing. The discharge
  was a shambles");
- a mild sigh ("ugh", "uf", "qué pena") in a request is the customer's chore, not a complaint,
  and a discourse opener ("bueno, …", "well, …") is not praise; the customer's own input slip
  ("I've typed the postcode wrong", "puse mal el DNI") carries no weight;
- acknowledgements ("ok", "got it", "recibido", a thumbs-up beside them) are courtesy, and an
  apology takes the weight off the customer's own slip up to a "but";
- praise inside a question clause ("¿cuál es la mejor tarifa?") carries no weight;
- hard-moment facts (a death, a diagnosis) are neutral words; grief expressed still scores;
  harm denied ("nadie herido", "no one was injured") is a fact, not relief;
- a phrase that is both an idiom and a cue ("sigue igual") counts once, and a clause counts one
  negated absence ("no he contratado ningún servicio");
- Spanish: accent folding, abbreviations (q, xq, porfa, tb, x), repeated letters, -ísimo.

Defined behaviour for odd input: `None` is a neutral score (a missing message has no tone);
any other non-str raises TypeError; empty or blank text is neutral; control characters become
spaces; only the first `MAX_CHARS` characters are analysed (a 100 KB paste costs the same as a
long message); emoji are scored the same in both languages; a mixed-language message is scored
with the rules of the language detected for it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from sentiment import language as lang
from sentiment.normalize import (
    _FOLD,
    CLAUSE_END,
    CLAUSE_START,
    PUNCTUATION,
    collapse_repeats,
    has_repeats,
    split_words,
    strip_controls,
)
from sentiment.rules import (
    B_INCR,
    C_INCR,
    COURTESY_EMOJI,
    CUE_WEIGHT,
    N_SCALAR,
    THANKS_DONE,
    emoji_valences,
    rules_for,
)

# Only the start of a text is analysed: a customer message longer than this is a paste (a log, a
# contract) whose tone is set by its opening anyway.
MAX_CHARS = 4000

# compound >= POSITIVE_THRESHOLD is positive, <= NEGATIVE_THRESHOLD negative.
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05

# Negative words in the same sentence as "thanks for …" describe what was fixed.
THANKS_DONE_DAMPING = 0.3
# Negative words after an apology name the customer's own slip ("perdón, me equivoqué de número",
# "sorry i got upset earlier"): nearly no weight, up to a "but".
APOLOGY_DAMPING = 0.05
# Cue rules that read as procedure in a message about a death.
PROCEDURAL_WHEN_BEREAVED = frozenset(["exit threat", "elapsed time"])
MAX_DRIVERS = 8
# Praise of a person, in a message that complains about the service elsewhere, weighs this much.
STAFF_PRAISE_WEIGHT = 0.4
# A word this negative (or a cue) is a complaint that turns an opening praise into sarcasm; a
# faint one ("leave", "wait") is not ("what a great team, how can I leave a review?").
SARCASM_MIN_COMPLAINT = -0.5
# ... or, when the praise heads a longer clause or the complaint is in the next sentence, a word
# this negative (or a cue).
SARCASM_CLEAR_COMPLAINT = -1.5
# Praise heading a clause reads as sarcasm only in a short clause ("perfect timing", "brilliant
# service as usual") or before a complement that names the event ("lovely to be kept on hold",
# "delighted to report that…", "qué lindo que me corten la luz").
SARCASM_HEAD_MAX_KEYS = 5
# ... "love how I get a survey after 7 hours in A&E", "encantada de pagar por algo que no va"
_SARCASM_COMPLEMENT = frozenset(["to", "that", "being", "of", "how", "que", "de"])
# "qué detalle cortarme el internet": a Spanish infinitive with its pronoun names the event too
_CLITIC_INFINITIVE = ("arme", "erme", "irme", "arnos", "ernos", "irnos")
# An apology after these words is someone else's, reported ("saying sorry doesn't help", "sus
# disculpas no me sirven"): it does not soften the customer's complaint.
_REPORTED_APOLOGY = frozenset(
    split_words("say saying said says your their his her sus tus pedir piden")
)
# A mild interjection ("ugh", "uf") in a request keeps this share of its weight ...
MILD_IN_REQUEST_DAMPING = 0.1
# ... and this share in a statement where it is the only negative word ("qué pena, pensaba que
# se podía descargar"): still a faint negative, but no longer as heavy as a complaint, so one
# sigh does not look like a turn to the tone watch.
MILD_ALONE_DAMPING = 0.5
# A weak cue (`weak_rules`: "me dijeron que…") counts only beside another cue or a word at least
# this negative: "tarda" is a duration, "muy nerviosa" a grievance.
WEAK_CUE_SUPPORT = -1.5
# A plain "thanks" counts as positive only in a message this short.
PLAIN_THANKS_MAX_TOKENS = 4
# A whole message in capitals (two words or more) with nothing positive in it.
SHOUTING = -1.2
# One emoji (or emoticon) moves the score at most this much.
MAX_EMOJI = 3.0
TOKEN_CACHE_SIZE = 50_000

# A bare "again" that, beside a word of restored service (`rules.restored`), says it is back.
_AGAIN = frozenset(["otra vez", "de nuevo", "nuevamente", "again"])
# ... unless what follows it is the failure ("ya tengo el formulario, otra vez sin respuesta")
_AGAIN_BROKEN = frozenset(["sin", "no", "nada", "igual", "without", "not"])
# Emoji that mark praise in the same message as ironic ("excelente, el módem se murió 🙃").
_IRONIC_EMOJI = frozenset("🙃🙄")
# Words that may come before an ironic exclamation in its clause ("oh awesome", "qué maravilla").
_IRONIC_LEAD = frozenset(split_words("que what how just so really"))
# Courtesy that softens a demand into a request ("I need it today, please").
_DEMAND_COURTESY = frozenset(
    split_words("please pls porfa porfavor") + ["por favor", "if possible", "si es posible"]
)
_SENTENCE_END = frozenset(".!?;…")
_CONTROL_PROBE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]")
# Code points where emoji live; Spanish letters and typographic punctuation are all below.
_EMOJI_CANDIDATE = re.compile(r"[\u2100-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]")
_EMOJI_DROP = frozenset("\ufe0f\ufe0e\u200d") | {chr(c) for c in range(0x1F3FB, 0x1F400)}
_SUPERLATIVE = ("isimo", "isima", "isimos", "isimas")
# English "like" is a verb of liking only after these words ("I like", "really like").
# English contractions negate ("isn't", "DON'T"); `_is_negated` catches any "n't" word.
_NT = re.compile("n['’]t", re.IGNORECASE)
_LIKE_SUBJECTS = frozenset(split_words("i we they you really do dont don't didn't did wouldn't"))


class Driver(NamedTuple):
    """What moved the score: a word, phrase or emoji as it appeared, or a rule that fired.

    `weight` is the contribution in VADER's raw valence units (before the sum is squashed into
    [-1, 1]); `rule` names the contact-centre rule ("waiting", "repeat contact") or "emphasis"
    for exclamation marks, and is empty for words. Immutable like `Score`; a named tuple
    because every message builds a few of them and a tuple is several times cheaper to make
    than a frozen dataclass.
    """

    text: str
    weight: float
    rule: str = ""

    def to_dict(self) -> dict:
        return {"text": self.text, "weight": self.weight, "rule": self.rule}


@dataclass(frozen=True, slots=True)
class Score:
    compound: float
    label: str
    language: str
    drivers: tuple[Driver, ...] = ()

    def to_dict(self) -> dict:
        return {
            "compound": self.compound,
            "label": self.label,
            "language": self.language,
            "drivers": [d.to_dict() for d in self.drivers],
        }


# A frozen dataclass's __init__ sets each field through object.__setattr__ by name; the scoring
# path sets the slots through their descriptors instead, in about half the time (every message
# that scores builds one Score).
_new_object = object.__new__
_SET_COMPOUND = Score.compound.__set__
_SET_LABEL = Score.label.__set__
_SET_LANGUAGE = Score.language.__set__
_SET_DRIVERS = Score.drivers.__set__


def _new_score(compound: float, label: str, language: str, drivers: tuple) -> Score:
    """`Score(compound, label, language, drivers)`, faster (Score has no __post_init__)."""
    score = _new_object(Score)
    _SET_COMPOUND(score, compound)
    _SET_LABEL(score, label)
    _SET_LANGUAGE(score, language)
    _SET_DRIVERS(score, drivers)
    return score


def label_for(compound: float) -> str:
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def normalize_sum(score: float, alpha: float = 15) -> float:
    """VADER's squashing of a valence sum into [-1, 1]."""
    norm = score / math.sqrt(score * score + alpha)
    if -1.0 <= norm <= 1.0:
        return norm  # nearly always: the clamp below only catches what rounding (or NaN) left
    return max(-1.0, min(1.0, norm))


def punctuation_emphasis(text: str) -> float:
    """VADER: up to 4 "!" add 0.292 each; 2-3 "?" add 0.18 each, more add 0.96."""
    amplifier = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    if questions > 1:
        amplifier += questions * 0.18 if questions <= 3 else 0.96
    return amplifier


class Engine:
    """Both languages' rules and caches, loaded once. Use the module-level `analyze`."""

    def __init__(self) -> None:
        self.emoji = {e: max(-MAX_EMOJI, min(MAX_EMOJI, v)) for e, v in emoji_valences().items()}
        self.rules = {"es": rules_for("es"), "en": rules_for("en")}
        # Per language: the keys that can move a score (anything else is skipped with one set
        # lookup), the keys that carry sentiment, and the first two words of every phrase.
        self._relevant = {}
        self._sentiment_keys = {}
        self._phrase_pairs = {}
        self._phrases_by_pair: dict[str, dict[tuple[str, str], list]] = {}
        self._rare_words = {}
        self._negation_words = {}
        self._booster_words = {}
        self._sarcasm_first = {}
        self._sarcasm_last = {}
        self._tag_last = {}
        self._demand_gate: dict[str, frozenset[str]] = {}
        self._marked_words: dict[str, frozenset[str]] = {}
        self._cues_by_trigger: dict[str, dict[str, list[int]]] = {}
        for code, rules in self.rules.items():
            by_trigger: dict[str, list[int]] = {}
            for n, cue in enumerate(rules.cues):
                for word in cue.triggers:
                    by_trigger.setdefault(word, []).append(n)
            self._cues_by_trigger[code] = by_trigger
            sentiment = {k for k, v in rules.lexicon.items() if v} | set(rules.neg_only)
            sentiment |= set(self.emoji)
            self._sentiment_keys[code] = frozenset(sentiment)
            self._relevant[code] = frozenset(
                sentiment
                | rules.negators
                | set(rules.boosters)
                | rules.contrast
                | rules.concessive
                | rules.dual_boosters
                | {"like"}
            )
            # phrases by their first two words, longest first: a place where a pair starts is
            # tried against its few phrases, not against every phrase of a common first word
            # ("no" opens a hundred Spanish phrases)
            by_pair: dict[tuple[str, str], list] = {}
            for entries in rules.phrases.values():
                for words, phrase in entries:
                    by_pair.setdefault((words[0], words[1]), []).append((words, phrase))
            self._phrases_by_pair[code] = by_pair
            self._phrase_pairs[code] = frozenset(by_pair)
            # words that need a pass of their own (apologies, "but", "aunque"): one set test
            # tells most messages they can skip all of those passes
            self._rare_words[code] = rules.apologies | rules.contrast | rules.concessive
            self._negation_words[code] = rules.negators | rules.soft_negators
            self._booster_words[code] = frozenset(rules.boosters) | rules.dual_boosters
            # a praise phrase may be one key of its own ("well done" is an idiom): keyed whole too
            self._sarcasm_first[code] = (
                rules.sarcasm_lead
                | rules.sarcastic_praise
                | {praise.split()[0] for praise in rules.sarcastic_praise}
            )
            self._sarcasm_last[code] = rules.sarcastic_praise | {
                praise.split()[-1] for praise in rules.sarcastic_praise
            }
            # ... and a tag may be an idiom of its own ("sigan así")
            self._tag_last[code] = rules.sarcastic_tags | {
                tag.split()[-1] for tag in rules.sarcastic_tags
            }
            # words that may make a curt demand: one set test on the common path
            self._demand_gate[code] = rules.demand_now_words | rules.demand_alone
            # every word set that `score` tests a message's keys against: the keys are run
            # through this union once, and each test is then on the few words it picked out
            self._marked_words[code] = (
                self._demand_gate[code]
                | rules.demand_verbs
                | rules.demand_imperatives
                | COURTESY_EMOJI
                | rules.acknowledgements
                | self._rare_words[code]
                | _OWN_ERROR_WORDS
                | rules.mild
                | rules.missing_words
                | rules.staff
                | rules.ironic_praise
                | rules.sentence_openers
                | self._negation_words[code]
                | self._booster_words[code]
                | {"least"}
            )
        self._token_cache: dict[str, dict[str, tuple]] = {"es": {}, "en": {}}
        self._cue_selections: dict[str, dict[frozenset[str], tuple]] = {"es": {}, "en": {}}
        # Score is immutable, so one neutral score per language serves every message that
        # nothing moves (a third of the traffic: requests, data, acknowledgements)
        self._neutral = {code: Score(0.0, "neutral", code, ()) for code in self.rules}

    # ------------------------------------------------------------------ tokens

    def _space_emoji(self, match: re.Match[str]) -> str:
        char = match.group()
        if char in self.emoji:
            return f" {char} "
        return " " if char in _EMOJI_DROP else char

    def _known(self, rules, key: str) -> bool:
        return (
            key in rules.lexicon
            or key in rules.negators
            or key in rules.boosters
            or key in rules.neg_only
            or key in rules.abbreviations
        )

    def _token_keys(self, rules, raw: str) -> tuple:
        """(keys, starts clause, ends clause, ends sentence, ALL CAPS) for one raw token."""
        first = raw[0]
        starts = first in CLAUSE_START
        stripped = raw.strip(PUNCTUATION)
        tail = raw[len(raw.rstrip(PUNCTUATION)) :]
        ends_clause = any(c in CLAUSE_END for c in tail)
        ends_sentence = any(c in _SENTENCE_END for c in tail)
        low = raw.lower()
        if low in self.emoji:
            return (low,), False, False, False, False
        if len(stripped) <= 2 and low in rules.lexicon and not low.isalpha():
            return (low,), False, False, False, False  # an emoticon such as ":)" or ":D"
        if not stripped:
            return (), starts, ends_clause, ends_sentence, False
        key = stripped.lower()
        if rules.fold_accents:
            # "Peña" is a surname, not "pena": a few words keep their accents (cached per token)
            key = rules.kept_accents.get(key) or key.translate(_FOLD)
        else:
            key = key.replace("’", "'")
        # a figure keeps its digits: "1000 megas" is no "10" (nor the idiom "de 10")
        if has_repeats(key) and not key[0].isdigit() and not self._known(rules, key):
            first_try, second_try = rules.collapse_order
            candidate = collapse_repeats(key, first_try)
            if not self._known(rules, candidate):
                alternative = collapse_repeats(key, second_try)
                if self._known(rules, alternative):
                    candidate = alternative
            key = candidate
        keys: tuple[str, ...] = rules.abbreviations.get(key, (key,))
        if rules.fold_accents and key.endswith("mente") and key not in rules.lexicon:
            base = key[:-5]  # "perfectamente" -> "perfecta", "lamentablemente" -> "lamentable"
            if rules.lexicon.get(base) and base not in rules.boosters:
                keys = (base,)
        if (
            rules.fold_accents
            and key not in rules.lexicon
            and key.endswith(_SUPERLATIVE)
            and len(key) > 7
        ):
            keys = self._superlative(rules, key) or keys
        return keys, starts, ends_clause, ends_sentence, stripped.isupper()

    @staticmethod
    def _superlative(rules, key: str) -> tuple[str, ...] | None:
        """ "lentísimo" -> ("muy", "lento") when the base form is in the lexicon."""
        stem = key[: key.rindex("isim")]
        ending = key[len(stem) + 4 :]  # o, a, os, as
        for base in (
            stem + ending,
            stem[:-2] + "ble" if stem.endswith("bil") else "",
            stem[:-2] + "c" + ending if stem.endswith("qu") else "",
            stem[:-1] + ending if stem.endswith("gu") else "",
            stem[:-1] + "z" if stem.endswith("c") else "",
            stem,
            stem + "e",
        ):
            if base and rules.lexicon.get(base):
                if rules.ironic_superlative and base in rules.repaired:
                    return (rules.ironic_superlative,)  # "solucionadísimo": a mend overpraised
                return ("muy", base)
        if rules.ironic_superlative and stem.endswith(("ad", "id")):
            # "restablecidísimo", "solucionadísimo": a service's act made a superlative is irony
            return (rules.ironic_superlative,)
        return None

    def _tokenize(self, rules, text: str):
        cache = self._token_cache[rules.code]
        if len(cache) > TOKEN_CACHE_SIZE:
            cache.clear()
        words = text.split()
        # the raw text of every key: the words themselves unless a word has no key or several
        texts: list[str] | None = None
        keys: list[str] = []
        clauses: list[int] = []
        # clause ids after which a sentence ends (sentences only matter for "thanks for …")
        breaks: set[int] = set()
        # indexes of words in capitals; the flags list is built once at the end, since most
        # words are plain and this loop runs for every word of every message
        capitals: list[int] = []
        clause = 0
        add_key, add_clause = keys.append, clauses.append
        lookup = cache.get  # bound once: this loop runs for every word of every message
        for raw in words:
            entry = lookup(raw)
            if entry is None:
                entry = self._token_keys(rules, raw)
                if len(entry[0]) == 1 and not any(entry[1:]):
                    entry = entry[0][0]  # the common case: one key, no punctuation, no caps
                cache[raw] = entry
            if entry.__class__ is str:
                add_key(entry)
                add_clause(clause)
                if texts is not None:
                    texts.append(raw)
                continue
            token_keys, starts, ends_clause, ends_sentence, is_upper = entry
            if starts and keys:
                breaks.add(clause)
                clause += 1
            if len(token_keys) != 1 and texts is None:
                # a word with no key or several ("-", "idk"): texts no longer match the words
                texts = words[: len(keys)]
            for key in token_keys:
                if is_upper:
                    capitals.append(len(keys))
                if texts is not None:
                    texts.append(raw)
                add_key(key)
                add_clause(clause)
            if ends_sentence:
                breaks.add(clause)
            if ends_clause:
                clause += 1
        if rules.code == "es" and "x" in keys:
            # "x" is "por" between words ("x favor", "pasé x la tienda"), not a multiplication
            keys = [
                "por" if k == "x" and 0 < i < len(keys) - 1 and keys[i - 1].isalpha() else k
                for i, k in enumerate(keys)
            ]
        upper = [False] * len(keys)
        for i in capitals:
            upper[i] = True
        return words if texts is None else texts, keys, clauses, breaks, upper

    def _merge_phrases(self, rules, texts, keys, clauses, breaks, upper):
        """Join multiword expressions ("sin embargo", "hasta el moño") into one token.

        Longest phrase first, left to right. A phrase can only start where its first two words
        are a known pair, so only those places are tried, and the token lists are rebuilt only
        when a phrase really matched (common pairs such as "have to" rarely complete one).
        """
        pairs = self._phrase_pairs[rules.code]
        if pairs.isdisjoint(zip(keys, keys[1:], strict=False)):  # most messages: one C-level pass
            return texts, keys, clauses, breaks, upper
        by_pair = self._phrases_by_pair[rules.code]
        n = len(keys)
        matches = []
        free = 0  # the first index not inside an earlier match
        for i, pair in enumerate(zip(keys, keys[1:], strict=False)):
            if i < free or pair not in pairs:
                continue
            for words, phrase in by_pair[pair]:
                end = i + len(words)
                if end <= n and clauses[end - 1] == clauses[i] and tuple(keys[i:end]) == words:
                    matches.append((i, end, phrase))
                    free = end
                    break
        if not matches:
            return texts, keys, clauses, breaks, upper
        out = ([], [], [], [])
        i = 0
        for first, end, phrase in matches:
            out[0].extend(texts[i:first])
            out[1].extend(keys[i:first])
            out[2].extend(clauses[i:first])
            out[3].extend(upper[i:first])
            raw = []
            for t in texts[first:end]:
                if not raw or raw[-1] is not t:
                    raw.append(t)
            out[0].append(" ".join(raw))
            out[1].append(phrase)
            out[2].append(clauses[first])
            out[3].append(all(upper[first:end]))
            i = end
        out[0].extend(texts[i:])
        out[1].extend(keys[i:])
        out[2].extend(clauses[i:])
        out[3].extend(upper[i:])
        return out[0], out[1], out[2], breaks, out[3]

    # ------------------------------------------------------------------ scoring

    def _is_negated(self, rules, keys, clauses, i: int, valence: float) -> bool:
        """A negator among the 3 words before `i` (boosters not counted), same clause."""
        clause = clauses[i]
        seen = 0
        j = i - 1
        while j >= 0 and seen < 3 and clauses[j] == clause:
            key = keys[j]
            if key in rules.contrast:
                return False
            if key in rules.never and any(
                keys[m] in rules.never_intensifiers for m in range(j + 1, i)
            ):
                return False  # "never had so many problems": VADER's "never so" rule
            if key in rules.negators or (rules.code == "en" and "n't" in key):
                return True
            if key in rules.soft_negators and valence > 0:
                return True
            if key not in rules.boosters:
                seen += 1
            j -= 1
        return False

    @staticmethod
    def _after_never_so(rules, keys, clauses, i: int) -> bool:
        for j in range(max(0, i - 4), i - 1):
            if keys[j] in rules.never and clauses[j] == clauses[i]:
                return any(keys[m] in rules.never_intensifiers for m in range(j + 1, i))
        return False

    def _sentiment_ahead(self, rules, keys, clauses, i: int, span: int) -> bool:
        """Is there a sentiment (or negatable) word in the next `span` words of i's clause?"""
        sentiment_keys = self._sentiment_keys[rules.code]
        for j in range(i + 1, min(i + 1 + span, len(keys))):
            if clauses[j] != clauses[i]:
                return False
            if keys[j] in sentiment_keys:
                return True
        return False

    def _token_valences(
        self, rules, keys, clauses, upper, text, marked
    ) -> tuple[list[float], list[int]]:
        """VADER's per-token valence with boosters, caps and negation; and thanks positions
        (`marked`: the keys of `Engine._marked_words`)."""
        n = len(keys)
        valences = [0.0] * n
        thanks: list[int] = []
        relevant = self._relevant[rules.code]
        # most words move nothing: pick out the few that can in one comprehension
        candidates = [i for i, key in enumerate(keys) if key in relevant]
        if not candidates:
            return valences, thanks
        # Most messages hold no negator at all: then no word needs the look-back for one.
        negatable = not self._negation_words[rules.code].isdisjoint(marked) or (
            # the regex only where an apostrophe could make a contraction
            rules.code == "en" and ("'" in text or "’" in text) and _NT.search(text) is not None
        )
        # ... and most hold no booster or dampener: then no word needs the look-back for one
        boosted = not self._booster_words[rules.code].isdisjoint(marked)
        lexicon = rules.lexicon
        boosters = rules.boosters
        negators = rules.negators
        dual = rules.dual_boosters
        emoji = self.emoji
        cap_diff = True in upper and False in upper  # VADER: some, not all, words in capitals
        # with no capitals, booster, negator or "least" to apply (most messages), a word's
        # valence is its own: `_modified` would return it as is
        unmodified = not (cap_diff or boosted or negatable or "least" in marked)
        # "no he contratado ningún servicio" is one absence, not two: a clause counts its first
        # negated no-valence word only
        absence_clause = None
        for i in candidates:
            key = keys[i]
            if key in negators:
                own = rules.negator_valence.get(key) or lexicon.get(key)
                if own and not self._sentiment_ahead(rules, keys, clauses, i, 3):
                    valences[i] = own
                continue
            if key in boosters or key in rules.contrast or key in rules.concessive:
                continue
            if key in dual and self._sentiment_ahead(rules, keys, clauses, i, 1):
                continue
            valence = emoji.get(key) if key in emoji else lexicon.get(key)
            if not valence:
                negated_valence = rules.neg_only.get(key)
                if (
                    negated_valence
                    and negatable
                    and clauses[i] != absence_clause
                    and self._is_negated(rules, keys, clauses, i, -1.0)
                    # in a question: a statement "si no me resuelven hoy, me voy" threatens
                    and not (
                        rules.conditionals
                        and "?" in text
                        and _hypothetical(rules, keys, clauses, i)
                    )
                ):
                    valences[i] = negated_valence
                    absence_clause = clauses[i]
                elif key == "like" and rules.code == "en" and i and keys[i - 1] in _LIKE_SUBJECTS:
                    valences[i] = self._modified(
                        rules, keys, clauses, upper, i, 1.5, cap_diff, negatable, boosted
                    )
                continue
            if key in rules.thanks:
                thanks.append(i)
            negated_valence = rules.neg_only.get(key)
            if negated_valence and negatable and self._is_negated(rules, keys, clauses, i, -1.0):
                valences[i] = negated_valence  # "not fixed" is a complaint, not a weak positive
                continue
            if unmodified:
                valences[i] = valence
                continue
            # an emoji is the customer's own face, never negated ("sigue sin tocar 🙄")
            valences[i] = self._modified(
                rules,
                keys,
                clauses,
                upper,
                i,
                valence,
                cap_diff,
                negatable and key not in emoji,
                boosted,
            )
        return valences, thanks

    def _modified(
        self, rules, keys, clauses, upper, i, valence, cap_diff, negatable, boosted
    ) -> float:
        """Apply ALL CAPS, preceding boosters/dampeners and negation to a word's valence
        (`negatable`: the message holds a negator at all; `boosted`: a booster or dampener)."""
        if cap_diff and upper[i]:
            valence += C_INCR if valence > 0 else -C_INCR
        clause = clauses[i]
        boosters = rules.boosters
        distance = 0
        j = i - 1
        while boosted and j >= 0 and distance < 3 and clauses[j] == clause:
            key = keys[j]
            if key in rules.contrast:
                break
            scalar = boosters.get(key)
            if scalar is None and distance == 0 and key in rules.dual_boosters:
                scalar = B_INCR
            if scalar:
                if valence < 0:
                    scalar = -scalar
                if cap_diff and upper[j]:
                    scalar += C_INCR if valence > 0 else -C_INCR
                valence += scalar * (1.0, 0.95, 0.9)[distance]
            distance += 1
            j -= 1
        if negatable and self._is_negated(rules, keys, clauses, i, valence):
            # "nadie herido", "no one was injured": harm denied is a fact, not relief
            # ... and a harm prevented ("para que no me corten la luz") is a notice, not relief
            prevented = (
                rules.preventive
                and valence < 0
                and not rules.preventive.isdisjoint(keys[max(0, i - 4) : i])
            )
            valence = 0.0 if prevented or keys[i] in rules.harm else valence * N_SCALAR
        elif negatable and self._after_never_so(rules, keys, clauses, i):
            valence *= 1.25
        elif (
            rules.code == "en"
            and i
            and keys[i - 1] == "least"
            and not (i > 1 and keys[i - 2] in ("at", "very"))
        ):
            valence *= N_SCALAR  # VADER: "the least helpful", but not "at least"
        return valence

    def _cue_selection(self, rules, present: frozenset[str]) -> tuple:
        """The cues that the trigger words `present` select, in rule order, each as (search,
        finditer, valence, rule, bereavement-sensitive, repeat-contact); cached per trigger set
        (a handful of sets cover most messages)."""
        cache = self._cue_selections[rules.code]
        selection = cache.get(present)
        if selection is None:
            by_trigger = self._cues_by_trigger[rules.code]
            numbers = sorted({n for word in present for n in by_trigger[word]})
            selection = tuple(
                (
                    cue.pattern.search,
                    cue.pattern.finditer,
                    cue.valence,
                    cue.rule,
                    cue.rule in PROCEDURAL_WHEN_BEREAVED,
                    cue.rule == "repeat contact",
                )
                for cue in (rules.cues[n] for n in numbers)
            )
            if len(cache) > TOKEN_CACHE_SIZE:
                cache.clear()
            cache[present] = selection
        return selection

    def _cues(self, rules, keys, present: frozenset[str]) -> list[tuple[int, float, str, str]]:
        """Contact-centre cues: (token index, valence, rule, matched words); one per rule.

        `present` holds the trigger words in the message (before phrases were joined). Each
        rule keeps its first accepted match of its most negative cue; a cue whose rule already
        holds a match at least as negative is not scanned at all, and a pattern is searched
        once for its first match (the rare rejected match falls back to a scan of them all).
        """
        joined = " ".join(keys)
        found: dict[str, tuple[int, float, str, str]] = {}
        bereaved = None
        for search, finditer, valence, rule, procedural, repeat in self._cue_selection(
            rules, present
        ):
            if rule in found and found[rule][1] <= valence:
                continue  # all of this cue's matches weigh the same: none would replace it
            match = search(joined)
            if match is None:
                continue
            if procedural:
                if bereaved is None:
                    bereaved = rules.bereavement.search(joined) is not None
                if bereaved:
                    # closing a deceased relative's account is procedure, not a threat; "murió
                    # hace un mes y…" dates the death, it is no wait
                    continue
            if repeat:
                if not rules.self_slip.isdisjoint(keys):
                    continue  # "te escribo otra vez porque se me olvidó el número": a mend
                if (
                    match.group() in _AGAIN
                    and not rules.restored.isdisjoint(keys)
                    and joined[match.end() + 1 :].split(" ", 1)[0] not in _AGAIN_BROKEN
                ):
                    continue  # "qué alivio, ya tenemos luz otra vez": back, not again broken
                if not rules.self_help.isdisjoint(keys) and match.group().endswith(
                    ("veces", "times")
                ):
                    # "he reiniciado el router dos veces" counts tries, not contacts: a later
                    # match of the same pattern may still be a contact
                    match = next(
                        (m for m in finditer(joined) if not m.group().endswith(("veces", "times"))),
                        None,
                    )
                    if match is None:
                        continue
            start = match.start()
            index = 0
            if start:
                # the key the match starts in (phrase keys hold spaces of their own)
                position = 0
                for i, key in enumerate(keys):
                    if position > start:
                        break
                    index = i
                    position += len(key) + 1
            found[rule] = (index, valence, rule, match.group())
        return list(found.values())

    def _apply_thanks(self, rules, keys, clauses, breaks, valences, thanks, text) -> None:
        """Politeness does not lift a request; thanks for something done is positive.

        A plain "thanks" is a courtesy unless it is (nearly) the whole message: "gracias, espero
        al técnico el jueves" is neutral, "¡muchas gracias!" is positive.
        """
        is_request = _is_request(rules, keys, text)
        for i in thanks:
            if is_request:
                valences[i] = 0.0
            elif i + 1 < len(keys) and (
                keys[i + 1] in rules.thanks_for or _thanks_that_done(rules, keys, i)
            ):
                valences[i] = THANKS_DONE
                # up to a "but": "gracias por la respuesta, pero sigue sin resolverse"
                _damp_negatives(valences, clauses, i, breaks, stop=(keys, rules.contrast))
            elif any(v < 0 for v in valences) or not (
                len(keys) <= PLAIN_THANKS_MAX_TOKENS
                or keys[i] in rules.emphatic_thanks
                or "!" in text
            ):
                valences[i] = 0.0
            elif "!" not in text and not rules.acknowledgements.isdisjoint(keys):
                # "ok, thanks", "vale, muchas gracias, ya lo veo": an acknowledgement
                valences[i] = 0.0

    @staticmethod
    def _contrast_weights(rules, keys, clauses) -> list[float] | None:
        """VADER's "but" rule (before x0.5, after x1.5) and "aunque" (own clause x0.5)."""
        if rules.contrast.isdisjoint(keys) and rules.concessive.isdisjoint(keys):
            return None
        weights = None
        for i, key in enumerate(keys):
            if key in rules.contrast:
                weights = [0.5] * i + [1.0] + [1.5] * (len(keys) - i - 1)
                break
        for i, key in enumerate(keys):
            if key in rules.concessive:
                if weights is None:
                    weights = [1.0] * len(keys)
                j = i
                while j < len(keys) and clauses[j] == clauses[i]:
                    weights[j] *= 0.5
                    j += 1
        return weights

    def score(self, text: str, language: str) -> Score:
        rules = self.rules[language]
        if not text.isprintable() and _CONTROL_PROBE.search(text):
            text = strip_controls(text)
        plain = text.isascii()  # no emoji, no accents: skips the emoji passes
        if not plain:
            text = _EMOJI_CANDIDATE.sub(self._space_emoji, text)
        tokens = self._tokenize(rules, text)
        texts, keys = tokens[0], tokens[1]
        if not keys:
            return Score(0.0, "neutral", language, ())
        # most messages hold no trigger word and skip the cue scan
        triggers = (
            None if rules.cue_triggers.isdisjoint(keys) else rules.cue_triggers.intersection(keys)
        )
        texts, keys, clauses, breaks, upper = self._merge_phrases(rules, *tokens)
        # the keys that any set test below could find, picked out in one pass (mostly none)
        marked = self._marked_words[language].intersection(keys)

        valences, thanks = self._token_valences(rules, keys, clauses, upper, text, marked)
        cues = self._cues(rules, keys, triggers) if triggers else []
        if (
            not self._demand_gate[language].isdisjoint(marked)
            and "?" not in text
            and not (
                rules.demand_verbs.isdisjoint(marked)
                and rules.demand_imperatives.isdisjoint(marked)
                # Spanish: an imperative with its pronoun joined may demand ("sáquenme")
                and not rules.imperative_endings
            )
        ):
            demand = _curt_demand(rules, keys, clauses)
            if demand is not None and not any(c[2] == "demand" for c in cues):
                cues.append(demand)
        # a service's promise in scare quotes ("your 'unlimited' plan")
        if (not plain or "'" in text or '"' in text) and _may_quote(text, plain):
            quoted = _scare_quotes(rules, keys, text)
            if quoted is not None:
                cues.append(quoted)
        if (
            cues
            and rules.weak_rules
            and min(valences) > WEAK_CUE_SUPPORT
            and all(c[2] in rules.weak_rules for c in cues)
        ):
            cues = []  # a weak cue alone ("me dijeron que tarda 10 días") reports, no complaint
        if not cues and not any(valences) and not (upper[0] and _shouting(keys, upper)):
            return self._neutral[language]  # nothing moved it (a third of the traffic)
        for index, _, _, words in cues:
            if keys[index] == words and valences[index] < 0:
                # "sigue igual" is an idiom and a repeat-contact cue: one phrase counts once
                valences[index] = 0.0
        if thanks:
            self._apply_thanks(rules, keys, clauses, breaks, valences, thanks, text)
        if cues and max(valences) > 0 and any(c[2] in _IRONIC_RULES for c in cues):
            _reverse_ironic_cues(keys, valences, cues)
        if (
            not plain
            and not COURTESY_EMOJI.isdisjoint(marked)
            and (not rules.acknowledgements.isdisjoint(marked) or _is_request(rules, keys, text))
        ):
            # "ok, espero la llamada 👍": the thumbs-up acknowledges, like "ok" (neutral)
            for i, key in enumerate(keys):
                if key in COURTESY_EMOJI:
                    valences[i] = 0.0
        rare = not self._rare_words[rules.code].isdisjoint(marked)
        if rare and not rules.apologies.isdisjoint(marked):
            _apologies(rules, keys, clauses, breaks, valences)
        if "?" in text and max(valences) > 0:
            _mute_praise_in_questions(texts, clauses, valences)
        low = min(valences)
        if (
            low < 0
            # a slip holds its word ("wrong", "mal"): one set test keeps the scan off the common
            # path (the word need not be the most negative one: "perdón, estaba nerviosa y puse
            # mal el número")
            and not _OWN_ERROR_WORDS.isdisjoint(marked)
            and rules.own_error is not None
            and _mute_own_error(rules, keys, valences)
        ):
            low = min(valences)
        if low < 0 and not cues:
            if not rules.mild.isdisjoint(marked):
                _damp_mild(rules, keys, valences, text)
            if (
                rules.missing_then_request is not None
                and not rules.missing_words.isdisjoint(marked)
                and rules.missing_then_request.search(" ".join(keys)) is not None
            ):
                # "no me ha llegado la carta, ¿me la pueden reenviar?": the reason for a request
                for i, key in enumerate(keys):
                    if key in rules.missing_words and valences[i] < 0:
                        valences[i] *= MILD_IN_REQUEST_DAMPING
        if keys[0] in rules.openers and len(keys) > 1 and clauses[1] != clauses[0]:
            valences[0] = 0.0  # "bueno, gracias, quedo atento": a discourse marker
        if not rules.sentence_openers.isdisjoint(marked):
            _mute_sentence_openers(rules, keys, clauses, breaks, valences)
        # the passes below turn praise around or down, and only when there is a complaint too
        mixed = (cues or low < 0) and max(valences) > 0
        if mixed and keys[0] in self._sarcasm_first[rules.code]:
            _reverse_sarcastic_opener(rules, keys, clauses, breaks, valences, cues)
        if mixed and keys[-1] in self._sarcasm_last[rules.code]:
            _reverse_sarcastic_closer(rules, keys, clauses, valences, cues)
        if mixed and keys[-1] in self._tag_last[rules.code]:
            _reverse_sarcastic_tag(rules, keys, clauses, valences, cues)
        if mixed and not rules.staff.isdisjoint(marked) and _sentences(clauses, breaks):
            _damp_staff_praise(rules, keys, clauses, breaks, valences, cues)
        if (
            not rules.ironic_praise.isdisjoint(marked)
            # a failure word or ironic emoji among the words (before phrases were joined), or a
            # cue that states a failure
            and (
                not rules.irony_triggers.isdisjoint(tokens[1])
                or (cues and rules.failure_rules and any(c[2] in rules.failure_rules for c in cues))
            )
            and max(valences) > 0
        ):
            _reverse_ironic_praise(rules, keys, clauses, valences, cues)
        # upper[0] first: most messages do not open in capitals and skip the call
        if upper[0] and _shouting(keys, upper) and not any(v > 0 for v in valences):
            cues.append((0, SHOUTING, "shouting", " ".join(dict.fromkeys(texts))))
        if rare and rules.hard_moment and not cues and not rules.contrast.isdisjoint(marked):
            _resolved_hard_moment(rules, keys, valences)
        weights = self._contrast_weights(rules, keys, clauses) if rare else None
        if weights is not None:
            valences = [v * w for v, w in zip(valences, weights, strict=True)]
            cues = [(i, v * weights[i], rule, words) for i, v, rule, words in cues]

        total = sum(valences) + sum(map(_weight, cues)) if cues else sum(valences)
        emphasis = punctuation_emphasis(text) if total else 0.0
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        # to 4 decimals, half up (round(x, 4) costs about a tenth of a whole message's scoring)
        compound = math.floor(normalize_sum(total) * 10000.0 + 0.5) / 10000.0
        drivers = _drivers(texts, valences, cues, emphasis if total > 0 else -emphasis, text)
        return _new_score(compound, label_for(compound), language, drivers)


def _damp_negatives(
    valences,
    clauses,
    start: int,
    breaks: set[int] | None,
    factor: float = THANKS_DONE_DAMPING,
    stop: tuple[list[str], frozenset[str]] | None = None,
) -> None:
    """Soften negative words after `start` in its sentence (its clause when `breaks` is None):
    they name what was fixed or regretted. `stop` (keys, words) ends the span at a contrast
    word: in "sorry, but this is unacceptable" the complaint is not what is regretted."""
    for j in range(start + 1, len(valences)):
        previous = clauses[j - 1]
        if clauses[j] != previous and (breaks is None or previous in breaks):
            break
        if stop is not None and stop[0][j] in stop[1]:
            break
        if valences[j] < 0:
            valences[j] *= factor


# The hard moment before a "pero" that the service then eased weighs this much more lightly (on
# top of VADER's halving): "fue el peor momento de nuestra vida, pero la funeraria nos cuidó".
HARD_MOMENT_DAMPING = 0.5


def _resolved_hard_moment(rules, keys, valences) -> None:
    """ "Fue un susto enorme lo del accidente, pero ustedes respondieron de inmediato. Mil
    gracias.": a hard moment (fear, grief, a scare: `rules.hard_moment`) told as past before a
    "pero", and after it only what the service did well, is thanks for something done (labelling
    guideline 3). The thanks after the "pero" keeps its weight and the hard moment weighs less.
    A complaint before the "pero" ("la atención fue horrible, pero…") or after it, or any cue,
    leaves the message as VADER reads it."""
    contrast = next(i for i, key in enumerate(keys) if key in rules.contrast)
    before = range(contrast)
    after = range(contrast + 1, len(keys))
    if not any(valences[j] < 0 for j in before) or any(valences[j] < 0 for j in after):
        return
    if any(valences[j] < 0 and keys[j] not in rules.hard_moment for j in before):
        return
    if rules.hard_moment_past.isdisjoint(keys[:contrast]):
        return  # "tengo miedo, pero gracias": the fear is now
    for j in after:
        if keys[j] in rules.thanks and not valences[j]:
            valences[j] = rules.lexicon.get(keys[j], 0.0)
    if not any(valences[j] > 0 for j in after):
        return
    for j in before:
        if valences[j] < 0:
            valences[j] *= HARD_MOMENT_DAMPING


def _hypothetical(rules, keys, clauses, i: int) -> bool:
    """ "¿Qué pasa si no llego a pagar?", "si no funciona, ¿a quién llamo?": in a question, an
    absence after "si no" is a supposition, not a complaint."""
    for j in range(i - 1, max(0, i - 4), -1):
        if clauses[j] != clauses[i]:
            return False
        if keys[j] == "no":
            return keys[j - 1] in rules.conditionals and clauses[j - 1] == clauses[i]
    return False


def _shouting(keys, upper) -> bool:
    """Two or more words, every word in capitals; numbers do not count against it ("QUE ES
    ESTO?? 4 MIL PESOS")."""
    return (
        len(keys) > 1
        and upper[0]
        and all(
            up or not key.replace("'", "").isalpha() for key, up in zip(keys, upper, strict=True)
        )
    )


def _damp_mild(rules, keys, valences, text: str) -> None:
    """A sigh ("ugh", "uf", "qué pena", "a bit messy") over the customer's own chore is not a
    complaint (labelling guideline 7): nearly no weight in a request ("ugh, can you resend the
    link?"), half its weight when nothing else in the message is negative."""
    mild = [i for i, key in enumerate(keys) if key in rules.mild and valences[i] < 0]
    if _is_request(rules, keys, text):
        factor = MILD_IN_REQUEST_DAMPING
    elif all(v >= 0 for i, v in enumerate(valences) if i not in mild):
        factor = MILD_ALONE_DAMPING
    else:
        return
    for i in mild:
        valences[i] *= factor


# the words an own-error slip ends on
_OWN_ERROR_WORDS = frozenset(
    ["wrong", "wrongly", "incorrectly", "incorrect", "mal", "incorrecto", "incorrecta"]
    + ["incorrectos", "incorrectas", "equivocado", "equivocada", "equivocados", "equivocadas"]
    # "pagué dos veces por error": the customer's own act done by mistake
    + ["error"]
)


def _thanks_that_done(rules, keys, i: int) -> bool:
    """ "le agradezco que me haya llamado": "que" and a perfect subjunctive within two words."""
    return keys[i + 1] == "que" and not rules.thanks_that_done.isdisjoint(keys[i + 2 : i + 5])


def _mute_own_error(rules, keys, valences) -> bool:
    """ "ugh, I've typed the postcode wrong, it should be BS3 4QT", "puse mal el DNI": the wrong
    is the customer's own slip, mended in the same message, so its negative word carries no
    weight (labelling guideline 7). Says whether a slip was found."""
    match = rules.own_error.search(" ".join(keys))
    if match is None:
        return False
    position = 0
    for i, key in enumerate(keys):
        if match.start() <= position < match.end() and valences[i] < 0:
            valences[i] = 0.0
        position += len(key) + 1
    return True


def _mute_praise_in_questions(texts, clauses, valences) -> None:
    """ "¿Cuál es la mejor tarifa para mí?", "is the new app any good?": a question asks, it does
    not praise (labelling guideline: questions are neutral). Positive words in a clause that
    ends with "?" carry no weight; negative ones keep theirs ("¿por qué tan lento?"), and praise
    in a clause of its own stays ("¿ya está aprobado? qué alegría", "what a great team, how do
    I leave a review?").
    """
    for i, raw in enumerate(texts):
        if "?" in raw[len(raw.rstrip(PUNCTUATION)) :]:
            clause = clauses[i]
            j = i
            while j >= 0 and clauses[j] == clause:
                if valences[j] > 0:
                    valences[j] = 0.0
                j -= 1


def _apologies(rules, keys, clauses, breaks, valences) -> None:
    """An apology takes the weight off the negative words after it (the customer's own slip,
    "sorry I got upset earlier"), up to a "but"; grief or panic expressed after it keeps its
    weight ("sorry, I can't breathe"), unless it is told as past ("perdón, estaba nerviosa y
    puse mal el DNI": the feeling is part of the slip)."""
    distress = [
        (i, valences[i])
        for i, key in enumerate(keys)
        if key in rules.distress and rules.past_state.isdisjoint(keys[max(0, i - 3) : i])
    ]
    for i, key in enumerate(keys):
        if key in rules.apologies and not (i and keys[i - 1] in _REPORTED_APOLOGY):
            # "sorry I got upset earlier": the regretted feeling is not the current tone
            _damp_negatives(
                valences,
                clauses,
                i,
                None if key == "lo siento" else breaks,
                APOLOGY_DAMPING,
                (keys, rules.contrast),
            )
    for i, valence in distress:
        valences[i] = valence


def _is_request(rules, keys, text: str) -> bool:
    """A question or a request ("¿me pueden…", "could you…"): politeness in it is a courtesy."""
    return "?" in text or rules.request.search(" ".join(keys)) is not None


def _reverse_sarcastic_opener(rules, keys, clauses, breaks, valences, cues) -> None:
    """ "Genial, otra vez sin luz", "great, now it's charging me twice": read as meant.

    Praise that opens the message, followed by a complaint (a negative word or cue) and by
    nothing positive, is sarcasm: its valence counts negative. The praise may be a clause of
    its own ("genial, otra vez sin luz"), a sentence of its own with the complaint in the next
    one ("Great, just great. Fourth visit and nobody turns up", "Wow. Just wow. Charged £80 for
    a router I sent back") or the head of the complaint's own clause ("Perfect timing, the
    internet dies every day", "Lovely to be kept on hold for 50 minutes", "qué lindo servicio,
    me cortan la luz"). "Genial, ya funciona" and "perfecto, gracias" keep their praise
    (nothing negative follows), and a concession right after the praise ("genial, aunque
    tardaron") is a real mixed message, not sarcasm. Repeating the praise ("just great") is
    part of the sarcasm, not something positive.
    """
    start = 0
    while start < len(keys) - 1 and keys[start] in rules.sarcasm_lead:
        start += 1
    if " ".join(keys[start : start + 2]) in rules.sarcastic_praise:
        praise_end = start + 2
    elif keys[start] in rules.sarcastic_praise:
        praise_end = start + 1
    else:
        return
    if praise_end >= len(keys) or keys[praise_end] in rules.concessive:
        return  # the whole message is praise, or a concession follows it
    clause_end = praise_end
    while clause_end < len(keys) and clauses[clause_end] == clauses[start]:
        clause_end += 1
    own_clause = clause_end == praise_end  # "genial, …": the praise is a clause of its own
    if not own_clause and not (
        clause_end - start <= SARCASM_HEAD_MAX_KEYS
        or keys[praise_end] in _SARCASM_COMPLEMENT
        or keys[praise_end].endswith(_CLITIC_INFINITIVE)
    ):
        return  # "great camera for a great price, …": praise of a thing, not of the event
    scope_end = _sentence_end(clauses, breaks, praise_end)
    if scope_end < len(keys) and _praise_only(rules, keys, valences, cues, start, scope_end):
        # "Brilliant service as usual. Three weeks for a meter reading": the complaint is the
        # next sentence, or the one after a repeated praise ("Great, just great. Fourth visit…",
        # "Wow. Just wow. Charged £80…")
        following = _sentence_end(clauses, breaks, scope_end)
        while following < len(keys) and all(
            keys[j] in rules.sarcastic_praise or keys[j] in rules.sarcasm_lead
            for j in range(scope_end, following)
        ):
            scope_end, following = following, _sentence_end(clauses, breaks, following)
        scope_end = following
    praise = rules.sarcastic_praise
    rest = range(praise_end, scope_end)
    if any(valences[j] > 0 and keys[j] not in praise for j in rest):
        return
    # the original, tight case needs any complaint; the wider ones a clear one (a review's
    # "excellent product with a few minor problems" is sincere)
    strong = own_clause and scope_end == _sentence_end(clauses, breaks, start)
    threshold = SARCASM_MIN_COMPLAINT if strong else SARCASM_CLEAR_COMPLAINT
    if not (
        any(valences[j] <= threshold for j in rest)
        or any(praise_end <= c[0] < scope_end for c in cues)
    ):
        return
    for j in range(start, scope_end):
        if valences[j] > 0:
            valences[j] = -valences[j]


def _heads_clause(rules, keys, clauses, i: int) -> bool:
    """Key `i` opens its clause, after interjections only ("oh awesome", "qué maravilla")."""
    j = i - 1
    while j >= 0 and clauses[j] == clauses[i]:
        if (
            keys[j] not in rules.sarcasm_lead
            and keys[j] not in _IRONIC_LEAD
            and keys[j] not in rules.ironic_lead
        ):
            return False
        j -= 1
    return True


def _reverse_ironic_praise(rules, keys, clauses, valences, cues=()) -> None:
    """ "Ah, genial, me cobráis una lectura estimada de un piso vacío. Maravilloso.", "oh
    awesome, the box showed up empty. love that for me", "excelente, el módem se murió 🙃".

    An exclamation of praise heading a clause, anywhere in the message, is irony when the
    message also states a plain failure (empty, broken, lost, an estimated reading, a device
    that died) or carries an ironic emoji (🙃 🙄) or stock ironic tag ("gracias por nada", "love
    that for me"): every positive word in the message counts negative. A failure that is told
    as mended ("excellent, the broken boiler is fixed") or conceded ("…, but", "aunque") leaves
    the praise sincere, and "genial, ya funciona" has no failure at all.
    """
    if not any(
        # the praise may already read negative (a sarcastic opener): the rest still turns
        key in rules.ironic_praise and valences[i] and _heads_clause(rules, keys, clauses, i)
        for i, key in enumerate(keys)
    ):
        return
    joined = " ".join(keys)
    ironic = not _IRONIC_EMOJI.isdisjoint(keys) or rules.ironic_tag.search(joined) is not None
    failure_cue = any(c[2] in rules.failure_rules for c in cues)
    if not ironic and (
        not (failure_cue or rules.failure_fact.search(joined))
        # "chévere, ya tengo internet otra vez, gracias": thanks beside a cue's failure say it
        # is over (a stated failure such as "empty" keeps its irony)
        or (
            failure_cue
            and not rules.thanks.isdisjoint(keys)
            and not rules.failure_fact.search(joined)
        )
        # a mend negated ("nada funciona", "still not fixed") is the failure again
        or any(key in rules.repaired and valences[i] >= 0 for i, key in enumerate(keys))
        or not rules.contrast.isdisjoint(keys)
        or not rules.concessive.isdisjoint(keys)
    ):
        return
    for j, valence in enumerate(valences):
        if valence > 0:
            valences[j] = -valence


# a curt demand weighs as much as the other demand cues ("sort it out now")
CURT_DEMAND = -1.6
# a service's promise in scare quotes, in a statement, is sarcasm about a broken promise
SCARE_QUOTES = -1.6
# A quoted span of one to four words: 'unlimited', "was processed", «atención 24 horas». The
# quote must not touch a letter on its outer side, so "don't" and "the customers' rights" are no
# quotes.
_SCARE_QUOTE = re.compile(
    r"(?<![\w'’])['‘\"“«]((?:[^\W\d_]|\d)[^'’\"“”«»?!.]{0,40}?)['’\"”»](?![\w'’])"
)


def _may_quote(text: str, plain: bool) -> bool:
    """An opening quote may be in a statement: a double one, an apostrophe after a space (most
    English apostrophes are contractions, which skip the scan) or, in a non-ASCII text, a
    typographic one."""
    return "?" not in text and (
        " '" in text
        or '"' in text
        or text[0] == "'"
        or (not plain and ("‘" in text or "“" in text or "«" in text))
    )


# Cues that make every praise word in the message ironic: thanks for a harm, a polite last
# warning ("es la última vez que lo pido amablemente"), a promise in scare quotes ...
# "me parece increíble que tenga que venir en persona": the praise word is the disbelief itself
_IRONIC_CUES = frozenset(["sarcastic thanks", "last warning", "scare quotes", "incredulity"])
# ... and praise before "si no fuera porque" / "except you", when a complaint follows it.
_COUNTERFACTUAL = "counterfactual"
_IRONIC_RULES = _IRONIC_CUES | {_COUNTERFACTUAL}


def _scare_quotes(rules, keys, text: str) -> tuple[int, float, str, str] | None:
    """ "Your 'unlimited' plan throttled me after 20GB", "the refund 'was processed' but it's not
    in my account", "la 'devolución inmediata' lleva tres semanas": a service's promise (a word
    of `rules.promise_words`, or praise) in scare quotes of one to four words, in a statement,
    is sarcasm. A question or request ("the refund says 'processed', how long until it shows?")
    only quotes.
    """
    for match in _SCARE_QUOTE.finditer(text):
        words = [w.strip(PUNCTUATION) for w in match.group(1).lower().split()]
        if not 0 < len(words) <= 4:
            continue
        if rules.fold_accents:
            words = [w.translate(_FOLD) for w in words]
        joined = " ".join(words)
        if any(w in rules.promise_words or rules.lexicon.get(w, 0) > 0 for w in words) or (
            "24 horas" in joined and "24 horas" in rules.promise_words
        ):
            if _is_request(rules, keys, text):
                return None
            index = min(len(text[: match.start()].split()), len(keys) - 1)
            return (index, SCARE_QUOTES * CUE_WEIGHT, "scare quotes", match.group(1))
    return None


def _reverse_ironic_cues(keys, valences, cues) -> None:
    """Praise in a message with an ironic cue counts negative ("cheers for charging me after I
    cancelled", "es la última vez que lo pido amablemente"); praise before a counterfactual
    ("Bacán la atención... si no fuera porque me colgaron dos veces") only when a complaint
    follows it."""
    for index, _valence, rule, _words in cues:
        if rule in _IRONIC_CUES:
            end = len(valences)
        elif rule == _COUNTERFACTUAL and (
            any(v < 0 for v in valences[index:])
            or any(c[0] >= index and c[2] != _COUNTERFACTUAL for c in cues)
        ):
            end = index
        else:
            continue
        for j in range(end):
            if valences[j] > 0:
                valences[j] = -valences[j]


def _curt_demand(rules, keys, clauses) -> tuple[int, float, str, str] | None:
    """ "Quiero que lo rectifiquen ya", "necesito un técnico ya", "I want this fixed now",
    "Refund the money immediately.": a want/need verb (or an imperative opening its clause)
    and a word of urgency that closes the same clause is a curt demand, a complaint cue. Not
    in a question, not with "please"/"por favor", not about the customer's own act ("I need to
    leave now", "necesito salir ya") and not "ya que" (because: "ya" must close its clause).

    Round 8: the urgency may be a sentence of its own right after ("Quiero la baja. Ya.",
    "…hoy mismo. Ahora."); an imperative with its pronoun joined ("sáquenme", "mándenmela") is
    addressed to the company wherever it stands, and demands with urgency, a bare "ahora" or "y
    ya" too (`demand_firm`: "mándenmela hoy al correo y ya"); and an order to mend it that is a
    clause on its own ("No me vengan con excusas. Arréglenlo.") demands without one.
    """
    if not _DEMAND_COURTESY.isdisjoint(keys) or not rules.thanks.isdisjoint(keys):
        return None
    n = len(keys)
    for i, key in enumerate(keys):
        urgency = rules.demand_now
        if key in rules.demand_verbs:
            following = keys[i + 1] if i + 1 < n else ""
            if following == "to" or (following.endswith(("ar", "er", "ir")) and rules.code == "es"):
                continue  # the customer's own act: "I need to go now", "necesito salir ya"
        elif not (key in rules.demand_imperatives and (i == 0 or clauses[i - 1] != clauses[i])):
            # not an imperative opening its clause: only one with its pronoun joined may demand
            if not _clitic_imperative(rules, key):
                continue
            urgency = rules.demand_firm
        end = i + 1
        while end < n and clauses[end] == clauses[i]:
            end += 1
        if end - i == 1 and key in rules.demand_alone and (i == 0 or clauses[i - 1] != clauses[i]):
            return (i, CURT_DEMAND * CUE_WEIGHT, "demand", key)  # "Arréglenlo."
        span = " ".join(keys[i + 1 : end])
        if urgency is rules.demand_firm and " y " in f" {span} ":
            # "envíenme el contrato y lo firmo hoy mismo": the urgency after "y" is the
            # customer's own act ("…al correo y ya" still closes the order)
            head, _, tail = f" {span} ".partition(" y ")
            if tail.strip() not in _ORDER_CLOSERS:
                span = head.strip()
        if end - i > 1 and span and urgency.search(span):
            return (i, CURT_DEMAND * CUE_WEIGHT, "demand", " ".join(keys[i:end]))
        following = end
        while following < n and clauses[following] == clauses[end]:
            following += 1
        if (
            end < n
            and rules.urgency_alone is not None
            and rules.urgency_alone.fullmatch(" ".join(keys[end:following]))
        ):
            return (i, CURT_DEMAND * CUE_WEIGHT, "demand", " ".join(keys[i:following]))
    return None


# what may follow "y" and still close an order: "mándenmela hoy y ya", "cancelen todo y punto"
_ORDER_CLOSERS = frozenset(["ya", "punto", "se acabo", "ya mismo", "ahora"])


def _clitic_imperative(rules, key: str) -> bool:
    """ "sáquenme", "mándenmela", "arregladlo": an imperative with its pronoun joined, which in
    Spanish only an order (or a gerund or infinitive, which end otherwise) carries."""
    return (
        len(key) > 4  # "dadme", "denme"
        and key.endswith(rules.imperative_endings)
        and key not in rules.lexicon
    )


def _damp_staff_praise(rules, keys, clauses, breaks, valences, cues) -> None:
    """ "I can't fault the midwives, they were amazing. The discharge process is a shambles."

    Praise of a person in a message that complains, in another sentence, about the service is
    a courtesy around the complaint (labelling guideline 5 reads the complaint): a sentence that
    names staff and holds only praise weighs STAFF_PRAISE_WEIGHT. Thanks keep their weight, and
    a message whose only negative words sit in the praise's own sentence ("the engineer was
    brilliant, fixed the broken boiler") is left alone.
    """
    sentence, sentences = 0, []
    for j in range(len(keys)):
        if j and clauses[j] != clauses[j - 1] and clauses[j - 1] in breaks:
            sentence += 1
        sentences.append(sentence)
    praised = {sentences[j] for j, key in enumerate(keys) if key in rules.staff}
    for s in list(praised):
        span = [j for j in range(len(keys)) if sentences[j] == s]
        if any(valences[j] < 0 for j in span) or not any(valences[j] > 0 for j in span):
            praised.discard(s)
    complaint = {sentences[j] for j, v in enumerate(valences) if v < 0}
    complaint |= {sentences[c[0]] for c in cues if c[1] < 0}
    if not praised or not complaint - praised:
        return
    for j, key in enumerate(keys):
        if sentences[j] in praised and valences[j] > 0 and key not in rules.thanks:
            valences[j] *= STAFF_PRAISE_WEIGHT


def _mute_sentence_openers(rules, keys, clauses, breaks, valences) -> None:
    """ "Ay, qué semana. Bueno, les escribo para pedir el duplicado": an opener that is a clause
    of its own at the start of a later sentence is a discourse marker, as at the first."""
    for i in range(1, len(keys) - 1):
        if (
            keys[i] in rules.sentence_openers
            and clauses[i - 1] in breaks
            and clauses[i - 1] != clauses[i] != clauses[i + 1]
        ):
            valences[i] = 0.0


def _sentences(clauses, breaks) -> bool:
    """More than one sentence (a sentence ends before the last clause)."""
    last = clauses[-1]
    return any(b < last for b in breaks)


def _sentence_end(clauses, breaks, i: int) -> int:
    """The index just past the sentence that holds key `i`."""
    end = i + 1
    while end < len(clauses) and not (
        clauses[end] != clauses[end - 1] and clauses[end - 1] in breaks
    ):
        end += 1
    return end


def _praise_only(rules, keys, valences, cues, start: int, end: int) -> bool:
    """Keys start..end hold nothing but sarcastic praise and empty words (no cue either)."""
    if any(start <= c[0] < end for c in cues):
        return False
    return all(
        v == 0 or keys[j] in rules.sarcastic_praise
        for j, v in enumerate(valences[start:end], start)
    )


def _reverse_sarcastic_closer(rules, keys, clauses, valences, cues) -> None:
    """ "Pedí cita hace un mes y me la dan para marzo, increíble", "cut off again, brilliant".

    The mirror of the sarcastic opener: praise that is the message's last clause, after a
    complaint (a negative word or cue) and nothing positive, is sarcasm.
    """
    end = len(keys)
    start = end - 1
    while start > 0 and clauses[start - 1] == clauses[end - 1]:
        start -= 1
    if start == 0 or " ".join(keys[start:end]) not in rules.sarcastic_praise:
        return  # the whole message, or not praise on its own
    # a run of praise clauses closes it: "…skipped our street three weeks running. Excellent
    # value, well done."
    start = _praise_run_start(rules, keys, clauses, start)
    before = valences[:start]
    if any(v > 0 for v in before):
        return
    complaints = [j for j in range(start) if before[j] < 0] + [c[0] for c in cues if c[0] < start]
    if not complaints:
        return
    if any(keys[j] in rules.contrast for j in range(max(complaints) + 1, start)):
        return  # "me cobraron de más, pero me lo devolvieron, muy bien": the complaint is conceded
    for j in range(start, end):
        if valences[j] > 0:
            valences[j] = -valences[j]


def _praise_run_start(rules, keys, clauses, start: int) -> int:
    """The first key of the clauses of praise alone that end just before `start` (`start`
    itself when the clause before it holds anything else)."""
    while start > 0:
        first = start - 1
        while first > 0 and clauses[first - 1] == clauses[start - 1]:
            first -= 1
        if first == 0 or " ".join(keys[first:start]) not in rules.sarcastic_praise:
            return start
        start = first
    return start


def _reverse_sarcastic_tag(rules, keys, clauses, valences, cues) -> None:
    """ "Pago puntual y me suben la cuota sin avisar, qué bonito", "…nothing could be done. So
    that's great.": a stock phrase of praise that closes the message as a clause of its own,
    right after a clause that complains (its words and cues add up to a complaint even with a
    positive word in it), is sarcasm. After a clause that ends well ("tenía miedo, pero salió
    todo bien, qué maravilla") it is sincere.
    """
    end = len(keys)
    start = end - 1
    while start > 0 and clauses[start - 1] == clauses[end - 1]:
        start -= 1
    if start == 0:
        return  # the whole message
    tag = start  # leads may open it ("so that's great"), or belong to it ("that's great")
    while " ".join(keys[tag:end]) not in rules.sarcastic_tags:
        if tag == end - 1 or keys[tag] not in rules.sarcasm_lead:
            return
        tag += 1
    before = start - 1
    while before > 0 and clauses[before - 1] == clauses[start - 1]:
        if keys[before] in rules.contrast:
            break  # "she was sweet but told me nothing could be done": from the "but" on
        before -= 1
    complaint = sum(valences[before:start]) + sum(c[1] for c in cues if before <= c[0] < start)
    if complaint > SARCASM_MIN_COMPLAINT:
        return
    for j in range(start, end):
        if valences[j] > 0:
            valences[j] = -valences[j]


def _drivers(texts, valences, cues, emphasis: float, text: str) -> tuple[Driver, ...]:
    """Merge contributions by word, biggest first, rounded.

    Runs for every message that scored, so it is written for speed: words are keyed by their
    text, rules by (words, rule), and the sort key is a C builtin over a decorated list.
    """
    merged: dict = {}
    get = merged.get
    # compress() picks the words that moved the score in C: most words of a message are 0.0
    for raw, valence in compress(zip(texts, valences, strict=False), valences):
        key = raw.strip(PUNCTUATION) or raw
        merged[key] = get(key, 0.0) + valence
    if not merged and not cues:
        return ()
    for _index, valence, rule, words in cues:
        key = (words, rule)
        merged[key] = get(key, 0.0) + valence
    if emphasis:
        marks = "!" * min(text.count("!"), 4) or "?" * min(text.count("?"), 4)
        merged[(marks, "emphasis")] = emphasis
    drivers = []
    floor = math.floor
    for key, value in merged.items():
        # to 3 decimals, half up: round(value, 3) costs several times more, on every driver
        weight = floor(value * 1000.0 + 0.5) / 1000.0
        if weight:
            # tuple.__new__ skips the named tuple's Python-level constructor
            if key.__class__ is tuple:
                drivers.append(_new_tuple(Driver, (key[0], weight, key[1])))
            else:
                drivers.append(_new_tuple(Driver, (key, weight, "")))
    if len(drivers) > 1:
        # biggest first; sorted() is stable, so ties keep the order of appearance
        drivers.sort(key=_by_magnitude)
        del drivers[MAX_DRIVERS:]
    return tuple(drivers)


_new_tuple = tuple.__new__
# a cue's weight, (index, weight, rule, words)[1], fetched in C
_weight = itemgetter(1)


def _by_magnitude(driver: Driver) -> float:
    return -abs(driver[1])


_engine: Engine | None = None


def get_engine() -> Engine:
    """The process-wide engine, built on first use (about 0.1 s; lingua loads on first need)."""
    global _engine
    if _engine is None:
        _engine = Engine()
    return _engine


def analyze(text: str | None, language: str | None = None, *, prior: str | None = None) -> Score:
    """Score one customer message.

    `language` ("es"/"en") skips detection; otherwise the language is detected, with `prior`
    (the customer's known language) deciding very short or unclear texts. `None` returns a
    neutral score; other non-str input raises TypeError. Only the first MAX_CHARS characters
    are analysed. Never raises on any str.
    """
    if text is None:
        return Score(0.0, "neutral", language or prior or lang.DEFAULT_LANGUAGE, ())
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    if language not in ("es", "en"):
        language = lang.detect_language(text, prior)
    return (_engine or get_engine()).score(text, language)
