"""What a court rules must be done is a condition or a remedy of its ruling, no appeal to a party
(REQUEST): "the judge ruled that he could be released but must surrender his passport", "the
court ruled the company must withdraw the product" (senses/courts/orders.py, asked by the
extractor for the REQUEST a "must" clause makes). A "must" said by a state or an official stays
a REQUEST. Made-up probes, not taken from any data set; 13 of the 17 probes failed before."""

from __future__ import annotations

import pytest

import sitrep

RULED = [
    ("The judge ruled that he could be released from jail, but must surrender his passport.",
     "surrender"),
    ("The judge ordered that he must surrender his passport and stay away from the victim.",
     "surrender"),
    ("The court ruled the company must withdraw the product from the market.", "withdraw"),
    ("The court said the state must release the prisoners within 30 days.", "release"),
    ("Magistrate Judge Robert Carr ruled that Pascal Etcheber, 45, could be released from "
     "jail, but must surrender his passport.", "surrender"),
    ("The judge ruled that the newspaper must apologise to the senator.", "apologise"),
    ("The court ruled that the mayor must resign from the board.", "resign"),
    ("The judge ordered that the tenants must leave the building by Friday.", "leave"),
    ("A federal judge ruled that the agency must free the detained migrants.", "free"),
    ("The judge ruled that the defendant must hand over his firearms.", "hand"),
    ("The appeals court ruled that the union must end the strike.", "strike"),
    ("The court held that the city must negotiate with the union.", "negotiate"),
    ("The judge said the company must retract its statement.", "retract"),
    ("The tribunal ruled that the army must withdraw from the village.", "withdraw"),
    ("The judge ruled that the school must meet with the parents.", "meet"),
    ("The court ordered that the two men must surrender to the police by noon.", "surrender"),
    ("The judge said the landlord must withdraw the eviction notice.", "withdraw"),
]
KEPT = [
    ("The minister said the rebels must surrender their weapons.", "surrender"),
    ("The UN said Israel must withdraw from the territories.", "withdraw"),
    ("The opposition leader said the president must resign.", "resign"),
]


def _types(text: str, trigger: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.plover_type for e in events if trigger in e.trigger.text]


@pytest.mark.parametrize("text,trigger", RULED, ids=[r[0][:30] for r in RULED])
def test_what_a_court_rules_must_be_done_is_no_request(
    pipeline, text: str, trigger: str
) -> None:
    assert "REQUEST" not in _types(text, trigger)


@pytest.mark.parametrize("text,trigger", KEPT, ids=[r[0][:30] for r in KEPT])
def test_what_an_official_says_must_be_done_stays_a_request(
    pipeline, text: str, trigger: str
) -> None:
    assert "REQUEST" in _types(text, trigger)
