"""The act a "since" clause's verb makes under a perfect ("ever since the chief made a public
appeal, residents have asked why", "since the army launched an offensive in the north,
thousands have fled") names the start of a period like "since the offensive" does: an earlier
happening, background (``dated._since_start``). A "since" of cause (no perfect), a clause dated
by its own verb ("since the army launched an offensive on Monday") and an act the article tells
as news before stay news."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2021-10-20"

STARTS = [
    ("Ever since the chief made a public appeal to keep his job, residents have been asking "
     "why the mayor wants him out.", "appeal"),
    ("Since the army launched an offensive in the north, thousands of families have fled.",
     "offensive"),
    ("Ever since police made mass arrests in the capital, students have stayed home.",
     "arrests"),
    ("Since the rebels staged an attack on the airport, flights have been suspended.",
     "attack"),
    ("Since the union called a strike at the port, ships have anchored offshore.", "strike"),
    ("Since the council held talks with the rebels, the town has been calm.", "talks"),
    ("Since the president issued a threat against the press, reporters have fled abroad.",
     "threat"),
    ("Ever since militants carried out a raid on the barracks, soldiers have guarded the "
     "roads.", "raid"),
    ("Since the army mounted a siege of the city, prices have soared.", "siege"),
    ("Ever since the opposition staged a protest outside parliament, police have patrolled "
     "the square.", "protest"),
]
NEWS = [
    ("Since police made arrests in the case, the file is closed.", "arrests"),
    ("The army launched an offensive in the north on Monday.", "offensive"),
    ("Since Monday, rebels have shelled the city.", "shelled"),
    ("Since the army launched an offensive on Monday, thousands have fled.", "offensive"),
    ("Rebels have staged an attack on the airport, officials said.", "attack"),
]


def _event(text: str, trigger: str) -> sitrep.Event:
    events = sitrep.process_text(text, published=PUBLISHED).events
    found = [e for e in events if e.trigger.text == trigger or
             e.trigger.text.split()[-1] == trigger]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[-1]


@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in STARTS] + [(t, g, False) for t, g in NEWS])
def test_the_act_a_since_clause_makes_is_background(pipeline, text: str, trigger: str,
                                                    background: bool) -> None:
    event = _event(text, trigger)
    assert ("historical" in event.modes) is background, (event.plover_type, event.modes,
                                                         event.when)
