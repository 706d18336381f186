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
        if entry.msgid_plural:
            if not all(entry.msgstr_plural.values()):
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                filled += 1
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
            filled += 1
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
            entry.msgstr = entry.msgid if not entry.msgid_plural else entry.msgstr
    catalog.save()
    return filled


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "locale/en/LC_MESSAGES/django.po")
    print(f"{target}: {complete(target)} entries filled")
