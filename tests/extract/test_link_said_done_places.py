"""Made-up probes (not copied from any data set): an act of force told done that a spokesman
reports "in" a town ("Soldiers raided a camp near Goma, an army spokesman said in Kinshasa",
"told reporters in Kinshasa") was not done where it was told: the town of the saying does not
place it. Neighbours: a teller's own seat stays, the teller is often the doer ("Police in
Huambo said they had detained 31 people"); a phrase put before the saying sets the scene of
what is told ("In Kasai province, the army said its troops had killed 11 militants"); a place
in what is told places the act."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import places_by_event

# (text, type of the event, a place it must not get, a place it must get or None)
CASES = [
    ("MATADI — Rebels burned a market on Sunday. Soldiers raided a rebel camp in the hills and "
     "detained six men, an army spokesman said in Kinshasa on Monday.", "COERCE", "Kinshasa",
     None),
    ("MATADI — Rebels burned a market on Sunday. Troops shelled rebel positions along the "
     "river, a defence ministry spokeswoman told reporters in Kinshasa.", "ASSAULT", "Kinshasa",
     None),
    ("LUANDA — Rebels attacked a convoy on Monday. Police in Huambo said they had detained 31 "
     "people in raids this week.", "COERCE", None, "Huambo"),
    ("KINSHASA — Rebels attacked a convoy on Monday. In neighbouring Kasai province, the army "
     "said its troops had killed 11 militants in an operation on Tuesday.", "ASSAULT", None,
     "Kasa"),
    ("MATADI — Rebels burned a market on Sunday. Soldiers detained six men in Boma, an army "
     "spokesman said in Kinshasa.", "COERCE", "Kinshasa", "Boma"),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    return places_by_event(pipeline, text, kind, dt.date(2024, 5, 7))


@pytest.mark.parametrize(("text", "kind", "not_there", "there"), CASES,
                         ids=[t[:60] for t, *_ in CASES])
def test_a_done_act_is_not_where_it_was_told(pipeline, text: str, kind: str,
                                             not_there: str | None, there: str | None) -> None:
    found = _places(pipeline, text, kind)
    assert found, text
    last = found[-1]
    if not_there is not None:
        assert all(not_there not in name for name in last), (text, found)
    if there is not None:
        assert any(there in name for name in last), (text, found)
