"""Probes of currencies named after a country or town ("US dollars", "Hong Kong dollars"):
they place no act (``place_roles``, role ``name``). Neighbours: the same acts with a place
stated for them, which places them."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (sentence, PLOVER type, the places of the act)
CHANGE = [
    ("The board fined the company one million US dollars on Monday.", "SANCTION", []),
    ("The court fined him 500 Hong Kong dollars on Tuesday.", "SANCTION", []),
    ("The regulator fined the bank 40 million Singapore dollars on Monday.", "SANCTION", []),
    ("The tribunal fined the club 90,000 US dollars on Wednesday.", "SANCTION", []),
    ("The agency fined the airline 10 million Hong Kong dollars on Friday.", "SANCTION", []),
    ("The watchdog fined the broker 200,000 New Zealand dollars on Monday.", "SANCTION", []),
    ("The court fined each officer 1,000 US dollars on Tuesday.", "SANCTION", []),
    # the currency's country came first, before the place stated for the act
    ("A court in Kowloon fined him 500 Hong Kong dollars on Tuesday.", "SANCTION",
     ["Kowloon"]),
    ("A tribunal in Madrid fined the club 90,000 US dollars on Wednesday.", "SANCTION",
     ["Madrid"]),
    ("A court in Auckland fined the broker 200,000 New Zealand dollars on Monday.",
     "SANCTION", ["Auckland"]),
    ("A court in Ohio fined each officer 1,000 US dollars on Tuesday.", "SANCTION", ["Ohio"]),
]

KEEP = [
    ("The board fined the company one million US dollars in Chicago on Monday.", "SANCTION",
     ["Chicago"]),
    ("The court fined him 500 dollars in Hong Kong on Tuesday.", "SANCTION", ["Hong Kong"]),
    ("A judge fined the firm two million Canadian dollars on Friday.", "SANCTION", []),
    ("The court fined the driver 300 Australian dollars on Thursday.", "SANCTION", []),
    ("A judge in Toronto fined the firm two million Canadian dollars on Friday.", "SANCTION",
     ["Toronto"]),
    ("A court in Perth fined the driver 300 Australian dollars on Thursday.", "SANCTION",
     ["Perth"]),
    ("Police seized 50,000 Mexican pesos and arrested two men in Tijuana on Friday.", "COERCE",
     ["Tijuana"]),
    ("Police arrested two men in Mexico on Friday.", "COERCE", ["Mexico"]),
    ("Troops attacked a base in Canada on Sunday.", "ASSAULT", ["Canada"]),
    ("Protesters marched through Hong Kong on Saturday.", "PROTEST", ["Hong Kong"]),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [[p.name for p in e.places] for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind", "places"), CHANGE + KEEP)
def test_currencies_place_no_act(pipeline, text, kind, places):
    found = _places(pipeline, text, kind)
    assert found and found[0] == places, found
