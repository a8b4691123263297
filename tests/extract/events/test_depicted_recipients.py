"""Probes of recipients named outside the trigger's own arguments (made-up sentences): the
subject a bare past participle describes ("appeared in court charged with theft", "Arrested
by police, the farmer ...") and the noun a relative pronoun stands for ("the farmers who were
attacked"); neighbours whose participle or clause has its own arguments keep them."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (PLOVER type, sentence, a word of the recipient that must be found)
CHANGE = [
    ("ACCUSE", "John Lambe and Mark Ellis appeared in court charged with theft.", "Ellis"),
    ("ACCUSE", "Maria Lopez appeared before a judge charged with fraud.", "Lopez"),
    ("ACCUSE", "The farmer appeared in court charged with arson on Monday.", "farmer"),
    ("ACCUSE", "Two soldiers appeared at a military tribunal charged with looting.", "soldiers"),
    ("COERCE", "Arrested by police in May, Ahmed Nasser denied the charges.", "Nasser"),
    ("COERCE", "Detained by troops at a checkpoint, the journalist was later released.",
     "journalist"),
    ("COERCE", "The farmers who were arrested by police last week were freed.", "farmers"),
    ("ASSAULT", "The villagers who were attacked by the militia fled to the hills.",
     "villagers"),
    ("COERCE", "The activist who was detained by soldiers on Sunday has been released.",
     "activist"),
    ("ASSAULT", "Residents who were shot by gunmen were taken to hospital.", "Residents"),
    ("ACCUSE", "Peter Olsen stood in the dock charged with murder.", "Olsen"),
]

# neighbours: the participle or clause names its own participants, or hangs on an object
KEEP = [
    ("ACCUSE", "Prosecutors charged John Lambe with theft on Monday.", "Lambe"),
    ("COERCE", "Police arrested Ahmed Nasser in May.", "Nasser"),
    ("COERCE", "After he was arrested by police, Ahmed Nasser denied the charges.", None),
    ("COERCE", "Police arrested the farmers last week.", "farmers"),
    ("ASSAULT", "The militia attacked the villagers on Sunday.", "villagers"),
    ("COERCE", "Soldiers detained the activist on Sunday.", "activist"),
    ("ASSAULT", "Gunmen shot three residents outside a bar.", "residents"),
    ("ACCUSE", "The judge, who charged Peter Olsen with murder, retired.", "Olsen"),
    ("COERCE", "The officers who arrested Maria Lopez were praised.", "Lopez"),
    ("ASSAULT", "The gunmen who attacked the villagers fled.", "villagers"),
    ("COERCE", "Troops detained the journalist at a checkpoint.", "journalist"),
]


def _recipients(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2020, 6, 10)))
    return [[r.text for r in e.recipients] for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("kind", "text", "word"), CHANGE)
def test_the_one_a_participle_or_relative_clause_describes_is_the_recipient(
        pipeline, kind, text, word):
    found = _recipients(pipeline, text, kind)
    assert any(word in r for rs in found for r in rs), found


@pytest.mark.parametrize(("kind", "text", "word"), KEEP)
def test_own_arguments_stay_the_recipients(pipeline, kind, text, word):
    found = _recipients(pipeline, text, kind)
    assert found, found
    if word is None:  # the agent of "he was arrested by police" is no recipient
        assert all("police" not in r for rs in found for r in rs), found
    else:
        assert any(word in r for rs in found for r in rs), found
        assert all(r not in ("judge", "officers", "gunmen") for rs in found for r in rs), found
