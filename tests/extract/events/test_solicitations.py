"""What a buyer, an employer or a newsroom asks of anyone is no demand on a party (REQUEST):
"the city sought bids", "invited tenders", "is seeking applications", "a message seeking
comment"; a person sought is looked for, not asked ("police seek a missing woman", "seeking
investors") (senses/life/services.py). An appeal for aid, a release or a meeting stays a
REQUEST. Made-up probes, not taken from any data set; 12 of the 14 probes failed before."""

from __future__ import annotations

import pytest

import sitrep

SOLICITED = [
    ("The city sought bids for the new bridge.", "sought"),
    ("The school district is seeking applications for the superintendent post.", "seeking"),
    ("The town requested proposals for the park redesign.", "requested"),
    ("The museum is seeking volunteers for the summer.", "seeking"),
    ("The company sought buyers for its factory.", "sought"),
    ("The department issued a request for proposals for the new system.", "request"),
    ("The firm is seeking investors for the project.", "seeking"),
    ("The board sought bids to demolish the old school.", "sought"),
    ("Police are seeking a man who robbed the bank.", "seeking"),
    ("Detectives are seeking two suspects in the robbery.", "seeking"),
    ("A reporter's message seeking comment was not returned.", "seeking"),
    ("The suspect is being sought as a material witness.", "sought"),
    ("The county invited tenders for the road repairs.", "invited"),
    ("The agency is soliciting proposals from developers.", "soliciting"),
]
# neighbours: demands on a party stay requests
KEPT = [
    ("The UN appealed for $200 million in aid for the refugees.", "appealed"),
    ("Jordan is seeking aid from the Gulf states.", "seeking"),
    ("The rebels sought the release of their leader.", "sought"),
    ("The minister sought a meeting with the president.", "sought"),
    ("The UN asked both sides to observe the ceasefire.", "asked"),
]


def _types(text: str, trigger: str) -> list[str]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e.plover_type for e in events if trigger in e.trigger.text]


@pytest.mark.parametrize("text,trigger", SOLICITED, ids=[r[0][:30] for r in SOLICITED])
def test_solicited_offers_and_sought_people_are_no_request(
    pipeline, text: str, trigger: str
) -> None:
    assert "REQUEST" not in _types(text, trigger)


@pytest.mark.parametrize("text,trigger", KEPT, ids=[r[0][:30] for r in KEPT])
def test_demands_on_a_party_stay_requests(pipeline, text: str, trigger: str) -> None:
    assert "REQUEST" in _types(text, trigger)
