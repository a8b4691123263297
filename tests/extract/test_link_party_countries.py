"""Probes of countries named as parties, not places (``place_roles``, role ``party``): the
subjects of an active verb ("Iran, Iraq and Syria signed a pact"), the agent of a passive,
those after "between", "with", "against", and whose leaders they are ("the leaders of France
and Germany"): the act is not placed in every country of the sentence. Neighbours: countries
in a location phrase ("police in Spain and France"), the place stated beside the parties, and
the subject of a verb of undergoing ("Mexico has suffered ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (sentence, PLOVER type, the places of the act)
CHANGE = [
    ("Iran, Iraq and Syria signed a security pact on Monday.", "AGREE", []),
    ("Talks between Armenia and Azerbaijan resumed on Monday.", "CONSULT", []),
    ("Leaders of France, Germany and Italy condemned the attack on Monday.", "ACCUSE", []),
    ("Kenya and Uganda signed a trade agreement on Tuesday.", "AGREE", []),
    ("Peru and Chile agreed to reopen the border on Friday.", "AGREE", []),
    ("Talks between Sudan and Ethiopia collapsed on Sunday.", "CONSULT", []),
    ("The leaders of Brazil and Argentina met on Monday.", "CONSULT", []),
    ("Norway and Sweden condemned the bombing on Monday.", "ACCUSE", []),
    ("Egypt and Jordan agreed to share water on Thursday.", "AGREE", []),
    ("Poland signed a defence deal with Turkey on Wednesday.", "AGREE", []),
    ("Negotiations between Serbia and Kosovo resumed on Monday.", "CONSULT", []),
]

KEEP = [
    ("Iran, Iraq and Syria signed a security pact in Baghdad on Monday.", "AGREE",
     ["Baghdad"]),
    ("Talks between Armenia and Azerbaijan resumed in Geneva on Monday.", "CONSULT",
     ["Geneva"]),
    ("Police in Spain, France and Portugal arrested 20 suspects on Friday.", "COERCE",
     ["Spain", "France", "Portugal"]),
    ("Fighting in Syria and Iraq killed 20 people on Sunday.", "ASSAULT", ["Syria", "Iraq"]),
    ("Kenya and Uganda signed a trade agreement in Nairobi on Tuesday.", "AGREE", ["Nairobi"]),
    ("The leaders of Brazil and Argentina met in Montevideo on Monday.", "CONSULT",
     ["Montevideo"]),
    ("Protesters marched in Norway and Sweden on Monday.", "PROTEST", ["Norway", "Sweden"]),
    ("Troops attacked rebels in Chad on Sunday.", "ASSAULT", ["Chad"]),
    ("Soldiers were attacked in Mali on Sunday.", "ASSAULT", ["Mali"]),
    ("Poland signed a defence deal with Turkey in Warsaw on Wednesday.", "AGREE", ["Warsaw"]),
    ("Police arrested two men in Egypt on Thursday.", "COERCE", ["Egypt"]),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [[p.name for p in e.places] for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind", "places"), CHANGE + KEEP)
def test_countries_as_parties_place_no_act(pipeline, text, kind, places):
    found = _places(pipeline, text, kind)
    assert found and found[0] == places, found
