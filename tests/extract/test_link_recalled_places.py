"""Made-up probes (not copied from any data set): an act the report only recalls, dated in an
earlier year than the report ("was briefly detained in March 2021" in a report of 2023), done
by no local actor (police, a court, local officials) or by none stated, does not take the
dateline's town: it says where the reporter files from today, not where that act happened
(nor where an earlier statement was made). The same holds for an act two months or more
before the report's month ("suspended the talks in March" in a report of June), and for the
article's main town where there is no dateline. Neighbours: the same acts dated this month or
last, acts of an earlier year by local police, and acts of an earlier year whose sentence
states their place keep it."""

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


# statements of an earlier year, and acts of an earlier month of the report's year
RECALLED_MORE = [
    ("Morocco signed a fisheries agreement with Spain in 2019.", "AGREE", "signed"),
    ("In 2021, the government accused Algeria of backing the separatists.", "ACCUSE",
     "accused"),
    ("The foreign ministry condemned the raid in November 2022.", "ACCUSE", "condemned"),
    ("In April 2022, the two countries agreed to reopen the border.", "AGREE", "agreed"),
    ("The government suspended talks with the unions in March.", "SANCTION", "suspended"),
    ("Soldiers raided the opposition party's offices in February.", "COERCE", "raided"),
    ("The interior ministry rejected the union's demands in 2020.", "REJECT", "rejected"),
    ("The prime minister called for a national dialogue in January.", "REQUEST", "called"),
]
# the same acts this month or last keep the dateline
KEPT_MORE = [
    ("The government suspended talks with the unions on Monday.", "SANCTION", "suspended",
     "Rabat"),
    ("Soldiers raided the opposition party's offices in May.", "COERCE", "raided", "Rabat"),
    ("The interior ministry rejected the union's demands on Tuesday.", "REJECT", "rejected",
     "Rabat"),
]
# without a dateline: an act of an earlier year does not take the article's main town either
STORY = ("Two men were shot dead outside a bar in Meknes on Saturday. Police in Meknes said the "
         "bar had been targeted before. ")
NO_DATELINE = [
    (STORY + "Gunmen attacked the same bar in 2021, wounding three people.", "ASSAULT",
     "attacked", []),
    (STORY + "Gunmen set fire to the same bar in 2020.", "ASSAULT", "set", []),
    (STORY + "Gunmen attacked the same bar on Friday night, wounding three people.", "ASSAULT",
     "attacked", ["Meknes"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger"), RECALLED_MORE,
                         ids=[t[:50] for t, _, _ in RECALLED_MORE])
def test_earlier_statements_and_months_take_no_dateline(pipeline, text, kind, trigger):
    found = _places(pipeline, text, kind, trigger)
    assert found is not None
    assert "Rabat" not in found


@pytest.mark.parametrize(("text", "kind", "trigger", "place"), KEPT_MORE,
                         ids=[t[:50] for t, _, _, _ in KEPT_MORE])
def test_this_months_acts_keep_the_dateline(pipeline, text, kind, trigger, place):
    found = _places(pipeline, text, kind, trigger)
    assert found is not None
    assert place in found


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), NO_DATELINE,
                         ids=[t[-60:] for t, _, _, _ in NO_DATELINE])
def test_an_earlier_act_takes_no_main_town(pipeline, text, kind, trigger, places):
    result = pipeline.process(Article(text=text, published=PUBLISHED))
    found = [[p.name for p in e.places] for e in result.events
             if e.plover_type == kind and e.trigger.text.startswith(trigger)
             and e.trigger.start > len(STORY) - 5]
    assert found and found[0] == places
