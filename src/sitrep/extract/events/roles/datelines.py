"""Datelines in a sentence, read off the parse: where a report was filed ("CROMWELL — Police
arrested", "MANILA, Philippines (AP) -- Negotiators agreed", "TUNIS, May 9 - Riot police beat",
"... curfew SALEM - Police detained") is no participant of its acts (``dateline_word``), and
the phrase after its dash that the parser hung on the town is (``after_dateline``).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.tokens import has_any

DASHES = {"—", "–", "--", "―"}  # long dashes only: a hyphen joins words ("US-led")
DASH_WORDS = frozenset(DASHES | {"-"})  # what ``is_dash`` may accept


def dateline_word(token: Token) -> bool:
    """Whether a subject is the dateline that opens the sentence ("CROMWELL — Police
    arrested", "TOPEKA, Kan. — Officers detained", "DAYTON, Ohio - A woman was shot": the
    parser makes the town a second subject): a phrase in capitals at the sentence's start,
    right before a dash; or a word of a longer dateline (``dateline_end``: "MANILA,
    Philippines (AP) --", "TBILISI, Dec 2 —")."""
    if not has_any(token.doc, words=DASH_WORDS):
        return False  # a dateline ends with a dash
    if _capitals(token):  # the sentence's start is looked up last: the dearest test
        last = token.right_edge
        if not is_dash(last):  # the dash hangs on the town, or follows its phrase
            last = token.doc[last.i + 1] if last.i + 1 < len(token.doc) else last
        if is_dash(last) and token.left_edge.i == token.sent.start:
            return True
    return dateline_end(token) is not None


DATELINE_TOKENS = 12  # a dateline is short: "PORT-AU-PRINCE, Haiti, Oct. 17 (Reuters) -"
NOT_BEFORE_NAMES = {"DET", "ADP", "ADJ", "NUM"}  # "the NATO - led mission" names no dateline


def after_dateline(token: Token) -> Token | None:
    """The phrase after the dateline ``token`` is a word of that the parser hung on its town as
    a conjunct or an apposition ("EVANSVILLE, Ind. - A man was killed": "man"; "PORT-AU-PRINCE,
    Haiti - A gang abducted": "gang"); none when the dateline stands alone."""
    end = dateline_end(token)
    if end is None:
        return None
    return next((c for c in token.children if c.dep_ in {"conj", "appos"} and c.i > end
                 and not dateline_word(c)), None)


def _dateline_piece(token: Token) -> bool:
    """A token a dateline is made of: a capitalised word (the town in capitals, "Ind.",
    "South Korea", "Dec", "AP"), a number, a comma, a full stop, a bracket, or a hyphen inside
    a name ("PORT-AU-PRINCE")."""
    return (token.text in {",", ".", "(", ")"} or token.like_num or token.text[:1].isupper()
            or (token.text == "-" and not is_dash(token)))


def _capitals(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def dateline_end(token: Token) -> int | None:
    """The index of the dash that closes the dateline ``token`` is a word of, if it is one: a
    run of capitalised words, numbers and punctuation that starts with a town in capitals and
    ends with a dash, at the sentence's start or right after a headline run into it
    ("MANILA, Philippines (AP) -- Rebels agreed", "ISLAMABAD, Aug 30 - The UN launched",
    "... in fatal police shooting KNOXVILLE - About 200 people marched"); none otherwise."""
    if not has_any(token.doc, words=DASH_WORDS) or not _dateline_piece(token) or is_dash(token):
        return None
    doc, sent = token.doc, token.sent
    dash = token.i
    while not is_dash(doc[dash]):
        if dash >= min(sent.end - 1, token.i + DATELINE_TOKENS) or not _dateline_piece(doc[dash]):
            return None
        dash += 1
    start = token.i
    while (start > sent.start and token.i - start < DATELINE_TOKENS
           and _dateline_piece(doc[start - 1])):
        start -= 1
    town = next((t for t in doc[start:token.i + 1] if _capitals(t)), None)
    if town is None or dash - town.i > DATELINE_TOKENS:
        return None
    if town.i > sent.start and doc[town.i - 1].pos_ in NOT_BEFORE_NAMES:
        return None
    return dash


def is_dash(token: Token) -> bool:
    """A long dash, or a hyphen standing alone between spaces ("DAYTON, Ohio - A woman"), not
    one that joins words ("US-led")."""
    if token.text in DASHES:
        return True
    before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text == "-" and before and bool(token.whitespace_)
