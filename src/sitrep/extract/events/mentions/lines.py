"""Lines of an article's text: a first line that is a wrapped part of the first sentence, not a
title of its own ("Rebels attacked an army post near\nCucuta on Sunday, ...")."""

from __future__ import annotations

# words that lead into what follows them: a line ending on one is a wrapped line, not a title
LEADING_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "near", "to", "from", "by",
                           "for", "with", "and", "or", "but", "as", "that", "into", "onto",
                           "over", "under", "after", "before", "during", "his", "her", "its",
                           "their", "was", "were", "is", "are", "had", "has", "have", "said"})


def wrapped_line(text: str, end: int) -> bool:
    """Whether the line of ``text`` that ends at ``end`` (a newline) runs on into the next: it
    ends on a word that leads into what follows (``LEADING_WORDS``), or the next line goes on in
    lower case ("... killing\nthree soldiers")."""
    words = text[:end].split()
    return bool(words) and (words[-1].lower() in LEADING_WORDS or text[end + 1:end + 2].islower())
