"""Text clean-up and lookup keys, shared by the engine and language detection.

Pure Python, no Django. Everything here is cheap and built once at import time: the engine
calls these functions for every token of every message.
"""

from __future__ import annotations

import re
import string

# Accent folding by a 1:1 translation table (not NFD), so a folded string keeps the length of
# the original and offsets stay valid. ñ folds to n on purpose: customers without a Spanish
# keyboard write "dano", "senal", "ano", and none of the collisions this creates carries
# sentiment.
_FOLD = str.maketrans(
    "áàâäãéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ",
    "aaaaaeeeeiiiiooooouuuuncaaaaaeeeeiiiiooooouuuunc",
)

# C0/C1 control characters (tab and newline are kept: they separate words).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff]")

# Three or more of the same letter: "graciasss", "noooo", "muuuy".
_REPEATS = re.compile(r"(\w)\1{2,}")
_REPEATS_ANY = re.compile(r"(\w)\1\1")

# Punctuation stripped from the ends of a token. ¿¡ and typographic quotes come on top of
# string.punctuation; the apostrophe is kept inside words (don't) but stripped at the ends.
PUNCTUATION = string.punctuation + "¿¡«»“”‘’…–—"

# Characters that end a clause: negation and boosters do not reach across them.
CLAUSE_END = frozenset(".,;:!?…")
CLAUSE_START = frozenset("¿¡")


def fold(text: str) -> str:
    """Lower-case and strip Spanish/Portuguese/French accents, keeping the length."""
    return text.lower().translate(_FOLD)


def strip_controls(text: str) -> str:
    """Replace control and zero-width characters by spaces (they would glue or split words)."""
    return _CONTROL.sub(" ", text)


def has_repeats(text: str) -> bool:
    return _REPEATS_ANY.search(text) is not None


def collapse_repeats(key: str, keep: int) -> str:
    """Collapse runs of 3+ identical letters to `keep` letters ("graciasss" -> "gracias")."""
    return _REPEATS.sub(r"\1" * keep, key)


def split_words(text: str) -> list[str]:
    """Word lists in the rule tables are written as one space-separated string."""
    return text.split()
