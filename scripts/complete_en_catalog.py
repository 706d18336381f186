"""Fill the English catalog from the source strings, which are English.

English is the language the code is written in, so its catalog is the identity; keeping it complete
(rather than empty) lets tests prove every string went through gettext and nothing is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib


def complete(path: Path) -> int:
    catalog = polib.pofile(str(path))
    filled = 0
    for entry in catalog:
        if entry.obsolete:
            continue
        # A fuzzy entry holds makemessages' guess from a similar old string: replace it too.
        fuzzy = "fuzzy" in entry.flags
        if entry.msgid_plural:
            identity = {0: entry.msgid, 1: entry.msgid_plural}
            if fuzzy or entry.msgstr_plural != identity:
                entry.msgstr_plural = identity
                filled += 1
        elif fuzzy or entry.msgstr != entry.msgid:
            entry.msgstr = entry.msgid
            filled += 1
        if fuzzy:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    catalog.save()
    return filled


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "locale/en/LC_MESSAGES/django.po")
    print(f"{target}: {complete(target)} entries filled")
