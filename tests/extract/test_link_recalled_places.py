"""Made-up probes (not copied from any data set): an act the report only recalls, dated in an
earlier year than the report ("was briefly detained in March 2021" in a report of 2023), done
by no local actor (police, a court, local officials) or by none stated, does not take the
dateline's town: it says where the reporter files from today, not where that act happened
(statements follow their own convention; an article's main town without a dateline stays).
Neighbours: the same acts dated this year, acts of an earlier year
by local police, and acts of an earlier year whose sentence states their place keep it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

PUBLISHED = dt.date(2023, 6, 14)
OPENING = "RABAT, June 14 — Hundreds of lawyers marched to parliament on Wednesday.\n\n"

# (text, type, trigger word): no place
RECALLED = [
    ("Omar Tazi, 58, was briefly detained in March 2021 during a wave of arrests.", "COERCE",
     "detained"),
    ("The journalist was arrested in January 2022 at a rally.", "COERCE", "arrested"),
    ("Soldiers raided the opposition party's offices in 2019.", "COERCE", "raided"),
    ("Rebels attacked an army base in 2020, killing 12 soldiers.", "ASSAULT", "attacked"),
    ("The army shelled the border villages in 2018, killing at least nine people.", "ASSAULT",
     "shelled"),
    ("The European Union imposed sanctions on the group's leaders in 2020.", "SANCTION",
     "imposed"),
    ("Militants attacked a convoy in May 2022, killing four soldiers.", "ASSAULT", "attacked"),
    ("The movement's founder was arrested in 2019 and held for six months.", "COERCE",
     "arrested"),
    ("Militants bombed a police station in 2017, killing six officers.", "ASSAULT", "bombed"),
    ("Gunmen kidnapped a French tourist in October 2021.", "ASSAULT", "kidnapped"),
]
# (text, type, trigger word, place): the place stays
KEPT = [
    ("Omar Tazi, 58, was briefly detained on Monday during a wave of arrests.", "COERCE",
     "detained", "Rabat"),
    ("Militants attacked a convoy on Tuesday, killing four soldiers.", "ASSAULT", "attacked",
     "Rabat"),
    ("Gunmen kidnapped a French tourist in Agadir in October 2021.", "ASSAULT", "kidnapped",
     "Agadir"),
    ("The army shelled villages near Oujda in 2018, killing at least nine people.", "ASSAULT",
     "shelled", "Oujda"),
    ("Police arrested the movement's founder in 2019 after a raid on his home.", "COERCE",
     "arrested", "Rabat"),
    ("The journalist was arrested in Fez in January 2022 at a rally.", "COERCE", "arrested",
     "Fes"),
]


def _places(pipeline, text: str, kind: str, trigger: str) -> list[str] | None:
    result = pipeline.process(Article(text=OPENING + text, published=PUBLISHED))
    for e in result.events:
        if (e.plover_type == kind and e.trigger.start >= len(OPENING)
                and e.trigger.text.startswith(trigger)):
            return [p.name for p in e.places]
    return None


@pytest.mark.parametrize(("text", "kind", "trigger"), RECALLED,
                         ids=[t[:50] for t, _, _ in RECALLED])
def test_an_act_of_an_earlier_year_takes_no_dateline(pipeline, text, kind, trigger):
    found = _places(pipeline, text, kind, trigger)
    assert found is not None
    assert "Rabat" not in found


@pytest.mark.parametrize(("text", "kind", "trigger", "place"), KEPT,
                         ids=[t[:50] for t, _, _, _ in KEPT])
def test_todays_acts_local_police_and_stated_places_stay(pipeline, text, kind, trigger,
                                                         place):
    found = _places(pipeline, text, kind, trigger)
    assert found is not None
    assert place in found
