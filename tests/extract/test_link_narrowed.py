"""Made-up probes (not copied from any data set): an act the text places only in a state or a
county, where the article names a town (or a county of the state) inside it, is placed at that
town, the most precise place the report gives, as ACLED codes it ("shot at a store in Ohio. The
man walked into the store in Marietta": Marietta). Neighbours: a state with no town of it named
stays; a town of another state or country does not narrow it; a person's home ("a Texas man")
is no such state; a town already named stays; a country is not narrowed (a wire story names
many towns of a country)."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import event_in
from sitrep.records import Article, Evidence, Place

# (text, where the violence is placed, the division that must no longer place it)
NARROWED = [
    ("A man was shot and killed at a grocery store in Pennsylvania, police said. The man had "
     "walked into the store in Stroudsburg late Saturday.", "Stroudsburg", "Pennsylvania"),
    ("A woman was wounded in a shooting in Ohio on Friday. Officers were called to a home in "
     "Marietta shortly after midnight.", "Marietta", "Ohio"),
    ("Two teenagers were shot in Georgia on Sunday. The shooting happened outside a gym in "
     "Valdosta, the sheriff said.", "Valdosta", "Georgia"),
    ("A deputy was shot during a traffic stop in Kansas. The stop took place on a highway "
     "outside Salina on Monday.", "Salina", "Kansas"),
    ("A man opened fire on his neighbours in Oregon on Tuesday. The shooting followed a dispute "
     "in Eugene, police said.", "Eugene", "Oregon"),
    ("A man was shot on Friday evening in North Carolina. He was found wounded by a road "
     "in Catawba County, the sheriff said.", "Catawba County", "North Carolina"),
    ("DAUPHIN COUNTY, Pa. – Police responded to a home on Main Street in Hummelstown shortly "
     "before 6 pm. They found a boy with a gunshot wound.", "Hummelstown", "Dauphin County"),
    ("LARIMER COUNTY, Colo. – A hunter was shot by his partner on Saturday. The shooting happened "
     "west of Fort Collins, deputies said.", "Fort Collins", "Larimer County"),
    ("A woman was shot in Texas on Saturday night. Police in Lubbock said she was hit by a "
     "stray bullet.", "Lubbock", "Texas"),
    ("A teenager was shot and wounded in Montana on Thursday. He was found in a park in "
     "Billings, police said.", "Billings", "Montana"),
    ("A clerk was shot during a robbery in Iowa on Sunday. The clerk was found wounded in "
     "Davenport, police said.", "Davenport", "Iowa"),
]
# (text, the place that must still place the violence)
KEPT = [
    ("A man was shot and killed at a grocery store in Pennsylvania, police said.",
     "Pennsylvania"),
    ("A woman was wounded in a shooting in Ohio on Friday. Her brother lives in Chicago.",
     "Ohio"),
    ("A man was shot in Oregon on Tuesday. His family flew in from Boise on Wednesday.",
     "Oregon"),
    ("A Texas man was shot in Kansas on Saturday.", "Kansas"),
    ("A man was shot in Marietta, Ohio, on Friday. The Ohio State Patrol is investigating.",
     "Marietta"),
    ("A man was wounded in a shooting in Lubbock on Saturday. Police in Texas said he was hit "
     "by a stray bullet.", "Lubbock"),
    ("A man was shot dead in Catawba County on Friday, the sheriff said.", "Catawba County"),
    ("Gunmen killed three villagers in Kenya on Monday. The president later flew to Nairobi.",
     "Kenya"),
    ("Two people were killed in a bombing in Pakistan on Friday. The army chief spoke in "
     "Islamabad on Saturday.", "Pakistan"),
    ("A man was shot in Iowa on Sunday. A woman was shot in Omaha, Nebraska, on Monday.",
     "Iowa"),
]


def _places(pipeline, text: str) -> list[set[str]]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return [{p.name for p in e.places} for e in pipeline.process(article).events
            if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "town", "division"), NARROWED,
                         ids=[t[:50] for t, _, _ in NARROWED])
def test_a_state_or_county_gives_way_to_the_town_the_article_names_in_it(pipeline, text, town,
                                                                          division):
    places = _places(pipeline, text)
    assert places and town in places[0]
    assert all(division not in p for p in places)


@pytest.mark.parametrize(("text", "place"), KEPT, ids=[t[:50] for t, _ in KEPT])
def test_a_division_without_a_town_of_it_or_a_country_stays(pipeline, text, place):
    places = _places(pipeline, text)
    assert places and place in places[0]


TEXT = ("WESTMORELAND, N.Y. -- A hunter was shot by his partner. He lives near Syracuse.")


def _division(text: str, words: str, name: str, gazetteer) -> Place:
    from sitrep.extract.places.mention import admin_abbreviations

    start = TEXT.index(words)
    [(iso2, code)] = admin_abbreviations()["N.Y."]
    record = gazetteer.admin1(iso2, code)
    assert record is not None and record.name == name
    return Place(words, Evidence(start, start + len(words), words), record.name,
                 record.geonameid, record.country, record.name, kind="region", precision=3)


@pytest.mark.parametrize(("words", "changes"), [("WESTMORELAND", False), ("N.Y.", True)])
def test_a_town_the_gazetteer_lacks_read_as_its_state_is_not_narrowed(words, changes):
    from sitrep.extract.refine import narrowed
    from sitrep.resources.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    state = _division(TEXT, words, "New York", gazetteer)
    [town] = gazetteer.lookup("Syracuse", kinds={"city"}, country="USA")[:1]
    start = TEXT.index("Syracuse")
    syracuse = Place("Syracuse", Evidence(start, start + 8, "Syracuse"), town.name,
                     town.geonameid, town.country, "New York", kind="city", precision=1)
    event = event_in(TEXT, "A hunter was shot by his partner.", "shot", "ASSAULT",
                     places=[state], location_rule="dateline")
    places = narrowed(event, [state, syracuse], gazetteer)
    assert places == ([syracuse] if changes else [state])
