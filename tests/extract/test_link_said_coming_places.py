"""Made-up probes (not copied from any data set): an act to come that a saying tells ("The
ministry said in Kabul it would send 500 officers", "Speaking in Abuja, the minister said
troops would be deployed") is not placed where it was said, nor, then, at the dateline: it has
happened nowhere yet. Neighbours: a place inside what is said places it ("would send officers
to Kandahar"); an act told done keeps the place of its teller, who is often its doer ("Police
in Huambo said they had detained 31 people")."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import places_by_event

# (text, type of the event, the place it must get, or None for none)
CASES = [
    ("KABUL — A bomb exploded on Monday. The interior ministry said in Kabul it would send 500 "
     "police officers to the area next week.", "MOBILIZE", None),
    ("LAGOS — Gunmen killed five people on Sunday. Speaking in Abuja, the defence minister said "
     "the army would send 2,000 more troops to the area.", "MOBILIZE", None),
    ("KABUL — A bomb exploded on Monday. The interior ministry said it would send 500 police "
     "officers to Kandahar next week.", "MOBILIZE", "Kandah"),
    ("LUANDA — Rebels attacked a convoy on Monday. Police in Huambo said they had detained 31 "
     "people in raids this week.", "COERCE", "Huambo"),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    return places_by_event(pipeline, text, kind, dt.date(2024, 5, 7))


@pytest.mark.parametrize(("text", "kind", "place"), CASES, ids=[t[:60] for t, _, _ in CASES])
def test_an_act_to_come_is_not_where_it_was_said(pipeline, text: str, kind: str,
                                                  place: str | None) -> None:
    found = _places(pipeline, text, kind)
    assert found, text
    if place is None:
        assert found[0] == [], (text, found)
    else:
        assert any(place in name for name in found[0]), (text, found)
