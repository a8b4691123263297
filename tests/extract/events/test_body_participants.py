"""Probes of bodies of people named by a common noun (``nouns.body_sector``): "the union",
"the council", "the company", "the charity" are the actor or recipient of what they do or
suffer, with the sector the actor lexicon gives their noun (LAB, GOV, BUS, NGO, ...), where
before they were no participant at all ("The union accused the governor of lying": no actor).
Neighbours: a document or an abstraction is still no participant ("the report criticized",
"the population"), and the people nouns keep their reading."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, PLOVER type, actor words, recipient words): each word in some participant's text
BODIES = [
    ("The union accused the governor of lying about the pension fund.", "ACCUSE",
     ["union"], ["governor"]),
    ("The mayor accused the council of wasting public money.", "ACCUSE",
     ["mayor"], ["council"]),
    ("Residents accused the company of dumping waste in the river.", "ACCUSE",
     ["Residents"], ["company"]),
    ("The city council accused the mayor of misconduct on Tuesday.", "ACCUSE",
     ["council"], ["mayor"]),
    ("The charity urged the government to open the border crossing.", "REQUEST",
     ["charity"], ["government"]),
    ("The governor accused the unions of blocking the reform.", "ACCUSE",
     ["governor"], ["unions"]),
    ("The commission fined the firm for hiding the losses.", "SANCTION",
     ["commission"], ["firm"]),
    ("The opposition party accused the commission of bias in the count.", "ACCUSE",
     ["party"], ["commission"]),
    ("The minister urged the companies to raise wages.", "REQUEST",
     ["minister"], ["companies"]),
    ("The university condemned the attack on its students.", "ACCUSE",
     ["university"], []),
    ("The agency accused the contractor of fraud.", "ACCUSE",
     ["agency"], ["contractor"]),
    ("The church criticized the government for the new law.", "ACCUSE",
     ["church"], ["government"]),
    ("Farmers accused the firm of selling them bad seed.", "ACCUSE",
     ["Farmers"], ["firm"]),
    ("The council rejected the company's request for a permit.", "REJECT",
     ["council"], []),
]

# neighbours: who was a participant before stays one, and no document becomes one
KEEP = [
    ("The prosecutor accused the banker of fraud.", "ACCUSE", ["prosecutor"], ["banker"]),
    ("The opposition accused the president of rigging the election.", "ACCUSE",
     ["opposition"], ["president"]),
    ("Activists urged the government to free the prisoners.", "REQUEST",
     ["Activists"], ["government"]),
]


def _events(pipeline, text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    return [([a.text for a in e.actors], [r.text for r in e.recipients])
            for e in result.events if e.plover_type == kind]


def _has(found: list[str], word: str) -> bool:
    return any(word in text for text in found)


@pytest.mark.parametrize(("text", "kind", "actors", "recipients"), BODIES + KEEP)
def test_a_body_named_by_its_noun_is_a_participant(pipeline, text, kind, actors, recipients):
    found = _events(pipeline, text, kind)
    assert found, text
    ours_a, ours_r = found[0]
    assert all(_has(ours_a, w) for w in actors), (text, found)
    assert all(_has(ours_r, w) for w in recipients), (text, found)


@pytest.mark.parametrize("text", [
    "The report criticized the government for the delays.",
    "The study accused the government of neglecting the poor.",
])
def test_a_document_is_no_participant(pipeline, text):
    found = _events(pipeline, text, "ACCUSE")
    assert found and not any(_has(a, "report") or _has(a, "study") for a, _ in found)


@pytest.mark.parametrize(("text", "kind"), [
    ("Parents marched on Monday to demand better schools.", "PROTEST"),
    ("Nurses protested to demand more hospitals in the region.", "PROTEST"),
])
def test_a_kind_of_body_wanted_is_no_participant(pipeline, text, kind):
    found = _events(pipeline, text, kind)
    assert found and not any(_has(r, "schools") or _has(r, "hospitals") for _, r in found)
