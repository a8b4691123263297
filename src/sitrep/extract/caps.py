"""Capital letters of the Latin alphabet with their accented forms, for patterns of words
written in capitals ("ASUNCIÓN", "LOMÉ", "BOGOTÁ", "ŁÓDŹ", "ŞANLIURFA"): ``[A-Z]`` alone stops
at the first accented letter, and a dateline so written then reads as none."""

from __future__ import annotations

import re
import unicodedata

# the upper-case letters of Latin-1 and Latin Extended-A/B, as a character class's body
_ACCENTED = "".join(chr(c) for c in range(0xC0, 0x250)
                    if unicodedata.category(chr(c)) == "Lu")
UPPER = "A-Z" + re.escape(_ACCENTED)
