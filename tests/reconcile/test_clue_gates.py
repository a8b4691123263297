"""The cheap test before the name-and-age clue pattern (``clues.named_ages`` skips a text without
the ending every match has: ", 24," or "(24)") must never lose a clue: on made-up texts the
gated clues are those of a scan of the whole text by the pattern itself, and the texts with an
age after a name keep their clues while the neighbours without one give none."""

from __future__ import annotations

import pytest

from sitrep.reconcile import clues

# (text, the surname|age clues wanted)
PROBES = [
    ("Police said Darnell Hayes, 31, was shot twice outside a bar.", {"person:hayes|31"}),
    ("The victim, Rosa Delgado (44), died at the scene.", {"person:delgado|44"}),
    ("Officers arrested Tomas Berg, 19; a second man fled.", {"person:berg|19"}),
    ("Kevin Marsh Jr., 27, of Dayton was charged.", {"person:marsh|27"}),
    ("Ana Lucia Ferreira, 52. She had lived there for years.", {"person:ferreira|52"}),
    ("Brent Olsen , 23 who worked nights, was hurt.", {"person:olsen|23"}),
    # neighbours: a number after a name that is no age, or no number at all
    ("Mayor Lena Fisk, 2019 winner of the award, spoke on Monday.", set()),
    ("Gunfire erupted near Oak Street, 300 meters from the school.", set()),
    ("Jordan Pike said the road was closed for hours.", set()),
    ("The council voted 7-2 on Tuesday, officials said.", set()),
    ("Route 9, 12 miles north of town, was reopened.", set()),
]


def _ungated(text: str) -> set[str]:
    """The clues of a scan of the whole text by ``_NAME_AGE`` (the second pattern, the age
    before the name, has its own gate and is left as it is)."""
    out = set()
    for m in clues._NAME_AGE.finditer(text):
        n = clues._age(m["a"] or m["b"])
        last = m["last"].casefold()
        if n is not None and last not in clues._NOT_SURNAME:
            out.add(f"person:{last}|{n}")
    return out


@pytest.mark.parametrize(("text", "wanted"), PROBES)
def test_named_ages_gate_keeps_every_clue(text: str, wanted: set[str]) -> None:
    found = {c.label for c in clues.named_ages(text)}
    assert found == wanted
    assert found == _ungated(text)


def test_gate_is_what_every_match_ends_with() -> None:
    # every whole-text match of the pattern ends with the gate's text (so a text without it
    # has no match); on all the probes together, as one article
    article = " ".join(text for text, _ in PROBES)
    matches = list(clues._NAME_AGE.finditer(article))
    assert len(matches) == 6
    for m in matches:
        end = clues._NAME_AGE_END.search(article, m.start())
        assert end is not None and end.start() < m.end() <= end.end(), m.group(0)


# (text, the age clues wanted): ``clues.ages`` skips a text with neither "year(s) old" nor
# "age(d)" before a number, what every match of its pattern holds
AGE_PROBES = [
    ("A 28-year-old man was stabbed on Friday.", {"age:28"}),
    ("Thirty-two-year-old Herschel Jones was arrested.", {"age:32"}),
    ("The boy, aged 9, was taken to hospital.", {"age:9"}),
    ("A woman AGED 71 and a man of 40 years old were hurt.", {"age:71", "age:40"}),
    ("The suspect, age 19, fled in a stolen car.", {"age:19"}),
    ("Police said the teen was 16 years old.", {"age:16"}),
    # neighbours: the words without an age
    ("The agency said the damage was old news, years after the storm.", set()),
    ("The aged bridge was closed for repairs this year.", set()),
    ("Gold prices rose to a five-year high.", set()),
    ("An average age gap of the group was not given.", set()),
]


def _all_ages(text: str) -> set[str]:
    out = set()
    for m in clues._AGE.finditer(text):
        n = clues._age(m["n"] or m["m"])
        if n is not None:
            out.add(f"age:{n}")
    return out


@pytest.mark.parametrize(("text", "wanted"), AGE_PROBES)
def test_ages_gate_keeps_every_clue(text: str, wanted: set[str]) -> None:
    found = {c.label for c in clues.ages(text)}
    assert found == wanted
    assert found == _all_ages(text)


def test_ages_gate_loses_nothing_on_news_text() -> None:
    from conftest import news_texts

    texts = news_texts(3, 3000)
    kept = 0
    for text in texts:
        found = [(c.kind, c.key, c.start) for c in clues.ages(text)]
        assert {f"{k}:{v}" for k, v, _ in found} == _all_ages(text)
        kept += len(found)
    assert kept > 50
