"""The dateline read as written (sitrep.extract.dateline): a town in capitals, its state or country,
a dash. Made-up local and wire stories, not from any dev set."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dateline import written_dateline
from sitrep.records import Article
from sitrep.resources.gazetteer import get_gazetteer

HEAD = "Man hurt in weekend shooting\n\n"

# (text, town, state): the violent event happened in the dateline's town, in that state
TOWNS = [
    (HEAD + "GREELEY, Colo. (KXYZ) – A 30-year-old man was shot in the leg late Friday, police "
     "said.", "Greeley", "Colorado"),
    (HEAD + "POWAY, Calif. — A man was wounded at an indoor range on Tuesday.", "Poway",
     "California"),
    (HEAD + "YORK, Pa. – A teenager was shot near a playground on Sunday evening.", "York",
     "Pennsylvania"),
    (HEAD + "DESOTO, MO (KTVI) - A deputy was shot during a traffic stop on Monday.", "De Soto",
     "Missouri"),
    (HEAD + "SPARTA, Wis. (WKBT) - A woman was shot outside a bar early Saturday.", "Sparta",
     "Wisconsin"),
    (HEAD + "AURORA, Ill. — Two men were wounded in a drive-by shooting Thursday night.",
     "Aurora", "Illinois"),
    (HEAD + "MOUNT VERNON, Ohio (AP) — A police officer was shot and killed on Sunday.",
     "Mount Vernon", "Ohio"),
    (HEAD + "SALEM, Ore. — A man was shot in a parking garage on Wednesday, police said.",
     "Salem", "Oregon"),
    (HEAD + "INDIANAPOLIS, Ind. (May 3, 2019) — A man was shot on the east side overnight.",
     "Indianapolis", "Indiana"),
    (HEAD + "LOUISVILLE, Ky. - A woman was shot in the arm while driving on Tuesday.",
     "Louisville", "Kentucky"),
    (HEAD + "WAYNE COUNTY, Mo. – A hunter was shot by his partner on Saturday morning.",
     "Wayne County", "Missouri"),
]


def _violent_places(pipeline, text: str) -> list[list[tuple[str, str | None]]]:
    result = pipeline.process(Article(text=text, published=dt.date(2019, 5, 6)))
    return [[(p.name, p.admin1) for p in e.places] for e in result.events
            if e.plover_type == "ASSAULT" and e.evidence.start >= len(HEAD)]


@pytest.mark.parametrize(("text", "town", "state"), TOWNS)
def test_an_event_of_a_dateline_story_happened_in_the_written_town_of_that_state(
        pipeline, text, town, state):
    found = _violent_places(pipeline, text)
    assert found and found[0] == [(town, state)], found


@pytest.mark.parametrize(("text", "town", "state"), TOWNS)
def test_the_written_dateline_is_the_town_of_that_name_in_that_state(text, town, state):
    place = written_dateline(text, get_gazetteer(), [], 400)
    assert place is not None and (place.name, place.admin1) == (town, state)


@pytest.mark.parametrize("text", [
    HEAD + "BREAKING, Police say — a man was shot on Main Street.",  # no state
    HEAD + "MILWAUKEE -- A man was shot on the north side.",  # no state written
    HEAD + "Aurora, Colo. — A man was shot.",  # not in capitals
    HEAD + "UPDATE, 5 p.m. - The victim has died.",
    HEAD + "GOTHAMVILLE, Colo. - A man was shot.",  # no such town in that state
    ("Police arrested four men after a robbery on Monday. " * 10
     + "\nDENVER, Colo. - The suspects were moved to a jail."),  # too deep to be a dateline
])
def test_a_line_that_is_no_dateline_gives_no_place(text):
    assert written_dateline(text, get_gazetteer(), [], 400) is None


def test_a_town_named_in_the_sentence_in_another_state_is_kept(pipeline):
    found = _violent_places(pipeline, HEAD + "GREELEY, Colo. — A Greeley man was shot in "
                                             "Cheyenne, Wyoming, on Friday, police said.")
    assert found and ("Cheyenne", "Wyoming") in found[0], found


def test_a_wire_datelines_town_abroad_is_the_extractors_own_place():
    gaz = get_gazetteer()
    place = written_dateline(HEAD + "NAIROBI, Kenya (Reuters) — Gunmen killed five villagers.",
                             gaz, [], 400)
    assert place is not None and place.name == "Nairobi" and place.country == "KEN"


# the dateline town's name elsewhere in the story is that town, not a namesake abroad or in
# another state (the station in brackets hides the state from the place extractor)
SAME_NAME = [
    ("Woman shot in York City\n\nYORK CITY, Pa. — A woman was shot on the east side of York "
     "City on Friday.", "York", "Pennsylvania"),
    ("Teen shot in Sparta\n\nSPARTA, Ill. (KFVS) - A teenager was shot in Sparta on Sunday.",
     "Sparta", "Illinois"),
    ("Two shot in Wellington\n\nWELLINGTON, Kan. (KAKE) - Two men were shot in Wellington on "
     "Friday.", "Wellington", "Kansas"),
    ("Stabbing in Windsor\n\nWINDSOR, Conn. (WFSB) - A woman was stabbed in Windsor on "
     "Tuesday.", "Windsor", "Connecticut"),
    ("Shooting in Kingston\n\nKINGSTON, Pa. (WBRE) - A man was shot in Kingston on Saturday.",
     "Kingston", "Pennsylvania"),
    ("Woman shot in London\n\nLONDON, Ky. (WKYT) - A woman was shot in London on Thursday.",
     "London", "Kentucky"),
    ("Man shot in Melbourne\n\nMELBOURNE, Fla. (WESH) - A man was shot in Melbourne on "
     "Monday.", "Melbourne", "Florida"),
    ("Man shot in Athens\n\nATHENS, Ga. (WSB) - A man was shot in Athens on Sunday.", "Athens",
     "Georgia"),
    ("Clerk shot in Manchester\n\nMANCHESTER, Conn. (WFSB) - A clerk was shot in Manchester on "
     "Friday.", "Manchester", "Connecticut"),
    ("Man shot in Dover\n\nDOVER, Del. (WBOC) - A man was shot in Dover on Tuesday.", "Dover",
     "Delaware"),
]
SAME_NAME_KEPT = [
    ("Man shot in Reading\n\nREADING, Pa. (WFMZ) - A man was shot in Reading on Saturday night.",
     "Reading", "Pennsylvania"),
    ("Man shot in Hamilton\n\nHAMILTON, Ohio (WLWT) - A man was shot in Hamilton on Monday.",
     "Hamilton", "Ohio"),
    ("Man shot in Victoria\n\nVICTORIA, Texas (KAVU) - A man was shot in Victoria on Sunday.",
     "Victoria", "Texas"),
    ("Two hurt in Paris\n\nPARIS, Texas (KXII) - Two people were shot in Paris on Saturday.",
     "Paris", "Texas"),
]


def _all_violent_places(pipeline, text: str) -> list[list[tuple[str, str | None]]]:
    result = pipeline.process(Article(text=text, published=dt.date(2019, 5, 6)))
    return [[(p.name, p.admin1) for p in e.places] for e in result.events
            if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "town", "state"), SAME_NAME + SAME_NAME_KEPT,
                         ids=[t[:25] for t, _, _ in SAME_NAME + SAME_NAME_KEPT])
def test_the_datelines_town_named_again_is_that_town(pipeline, text, town, state):
    found = _all_violent_places(pipeline, text)
    assert found and all(places == [(town, state)] for places in found), found


def test_another_town_of_the_story_keeps_its_place(pipeline):
    found = _all_violent_places(pipeline, "Clerk shot\n\nMANCHESTER, Conn. (WFSB) - A clerk "
                                          "from Manchester was shot in Hartford on Friday.")
    assert found and found[-1] == [("Hartford", "Connecticut")], found
