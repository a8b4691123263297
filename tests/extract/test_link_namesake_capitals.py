"""Made-up probes (not copied from any data set): a national body speaking under a dateline of
its own capital takes the capital (the lead's convention), also where the capital's name alone
is not read as a capital because it is also a country's or a common town name ("DJIBOUTI",
"MEXICO CITY", "GEORGETOWN, Guyana", "KINGSTON, Jamaica"). Neighbour: a foreign body under
that dateline takes no place."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import places_by_event

# (text, type of the statement, the place it must get, or None for none)
CASES = [
    ("DJIBOUTI, May 3 (Wire) — Gunmen attacked a border post on Saturday. The foreign ministry "
     "accused Eritrea of arming the attackers.", "ACCUSE", "Djibouti"),
    ("MEXICO CITY, May 3 (Wire) — Gunmen killed four police officers in Guerrero on Saturday. "
     "The interior ministry condemned the attack.", "ACCUSE", "Mexico City"),
    ("GEORGETOWN, Guyana, May 3 (Wire) — Soldiers fired on a boat on the Cuyuni river on "
     "Saturday. Guyana's foreign ministry accused Venezuela of provoking the clash.", "ACCUSE",
     "Georgetown"),
    ("MEXICO CITY, May 3 (Wire) — Gunmen killed four police officers in Guerrero on Saturday. "
     "Colombia's foreign ministry condemned the attack.", "ACCUSE", None),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    return places_by_event(pipeline, text, kind, dt.date(2024, 5, 4))


@pytest.mark.parametrize(("text", "kind", "place"), CASES, ids=[t[:60] for t, _, _ in CASES])
def test_a_national_body_speaks_from_its_capital(pipeline, text: str, kind: str,
                                                 place: str | None) -> None:
    found = _places(pipeline, text, kind)
    assert found, text
    if place is None:
        assert found[-1] == [], (text, found)
    else:
        assert any(place in name for name in found[-1]), (text, found)
