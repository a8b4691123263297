"""Probe sentences (made up for these tests, not taken from any data set) for town names whose
generic last word is abbreviated as postal and newspaper styles write it (issue 19, item 5,
class b): "Dearborn Hts.", "Colorado Spgs.", "Grand Jct." are Dearborn Heights, Colorado
Springs and Grand Junction, not Dearborn or nothing. The abbreviation alone ("the Jct. of Route
9", "Crk. Road") is no name, and full names and the leading "Mt."/"Ft." stay as they were."""

from __future__ import annotations

import pytest

from samples import place_mentions
from sitrep.extract.places.resolve import resolve

EXPANDED = [
    ("A man was shot in Dearborn Hts. on Friday night.", "Dearborn Heights"),
    ("The council of Shaker Hts. approved the budget on Monday.", "Shaker Heights"),
    ("Police in Arlington Hts. arrested two teens after a chase.", "Arlington Heights"),
    ("Two men were hurt in a crash near Grand Jct. on Tuesday.", "Grand Junction"),
    ("The school board of Huntington Bch. met on Thursday.", "Huntington Beach"),
    ("A storm knocked out power in Cuyahoga Fls. overnight.", "Cuyahoga Falls"),
    ("Deputies responded to a call in Fountain Vly. on Monday.", "Fountain Valley"),
    ("A parade was held in Garden Grv. on Saturday.", "Garden Grove"),
    ("Officers in Madison Hts. found the stolen car.", "Madison Heights"),
    ("A fire destroyed a home in Colorado Spgs. early on Sunday.", "Colorado Springs"),
    ("Two hikers were rescued near Big Bear Lk. on Sunday.", "Big Bear Lake"),
    ("A water main broke in Sterling Hts. on Wednesday.", "Sterling Heights"),
    ("The city of Hot Spgs. will repave two roads.", "Hot Springs"),
]

UNCHANGED = [
    ("A man was shot in Dearborn Heights on Friday night.", {"Dearborn Heights"}),
    ("The council of Mt. Pleasant approved the budget on Monday.", {"Mount Pleasant"}),
    ("She works at the Medical Ctr. downtown in Denver.", {"Denver"}),
    ("The plant at Crk. Road in Tulsa closed.", {"Tulsa"}),
    ("A fire destroyed a home in Colorado Springs early on Sunday.", {"Colorado Springs"}),
    ("Two men were hurt in a crash at the Jct. of Route 9 and Main Street in Albany.",
     {"Albany"}),
    ("The Lk. Street bridge in Minneapolis will close.", {"Minneapolis"}),
    ("Residents of Clinton Township voted on a new levy.", {"Clinton Township"}),
    ("The store on Vly. Road in Fresno was robbed.", {"Fresno"}),
    ("The team flew from Grand Junction to Denver.", {"Grand Junction", "Denver"}),
    ("The Hts. of the towers in Dallas were measured again.", {"Dallas"}),
]


def _places(pipeline, text: str) -> list:
    mentions = place_mentions(pipeline, text)
    resolve(mentions, pipeline.gazetteer, text=text)
    return mentions


@pytest.mark.parametrize(("text", "town"), EXPANDED)
def test_an_abbreviated_generic_word_reads_as_the_whole_town_name(pipeline, text, town):
    assert [m.choice.name for m in _places(pipeline, text) if m.choice is not None] == [town]


@pytest.mark.parametrize(("text", "towns"), UNCHANGED)
def test_full_names_and_a_lone_abbreviation_are_read_as_before(pipeline, text, towns):
    assert {m.choice.name for m in _places(pipeline, text) if m.choice is not None} == towns
