"""Probes of datelines written without a state or country ("CROMWELL — Police said ...",
``extract.dateline.stateless_dateline``): made-up local stories; an act with no place in its
sentence happened in the dateline's town. Neighbours: a word in capitals that is a common word
of the story, a plain hyphen, a place stated in the sentence, a capitalised word in mid-text."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, PLOVER type, town)
CHANGE = [
    ("Neighbour dispute ends in arrest. CROMWELL — Police arrested a man on Sunday after he "
     "threatened a neighbour.", "COERCE", "Cromwell"),
    ("BRATTLEBORO — Police arrested two teenagers on Friday night after a chase.", "COERCE",
     "Brattleboro"),
    ("Man held after fight\nKALAMAZOO — Officers arrested a man on Saturday after a fight "
     "outside a bar.", "COERCE", "Kalamazoo"),
    ("TOPEKA — A man was shot and wounded on Sunday night, police said.", "ASSAULT", "Topeka"),
    ("Store clerk hurt. GREELEY — A gunman shot a store clerk on Monday, police said.",
     "ASSAULT", "Greeley"),
    ("WATERBURY (AP) — Police arrested a woman on Tuesday after a stabbing.", "COERCE",
     "Waterbury"),
    ("Protest at city hall. MISSOULA — Hundreds of residents protested on Friday against the "
     "new tax.", "PROTEST", "Missoula"),
    ("TALLAHASSEE -- Deputies arrested three men on Thursday after a burglary.", "COERCE",
     "Tallahassee"),
    ("Teen shot. FRESNO — A teenager was shot on Saturday afternoon, police said.", "ASSAULT",
     "Fresno"),
    ("LAREDO — Federal agents arrested a smuggler on Wednesday.", "COERCE", "Laredo"),
    ("Driver charged. NAUGATUCK — Police arrested a driver on Monday after a crash.", "COERCE",
     "Naugatuck"),
    ("Fight at school. TORRINGTON — Officers arrested two students on Friday.", "COERCE",
     "Torrington"),
    ("Clerk stabbed. MERIDEN — A man stabbed a clerk on Sunday, police said.", "ASSAULT",
     "Meriden"),
    ("Woman hurt. BRISTOL — A woman was shot on Saturday night, police said.", "ASSAULT",
     "Bristol"),
    ("Burglar caught. WALLINGFORD — Police arrested a burglar on Tuesday morning.", "COERCE",
     "Wallingford"),
    ("Rally held. PLAINVILLE — Dozens of parents protested on Monday against school cuts.",
     "PROTEST", "Plainville"),
    # a hyphen spaced on both sides is a dash too ("LANSING - Thousands rallied")
    ("CROMWELL - Police arrested a man on Sunday after he threatened a neighbour.", "COERCE",
     "Cromwell"),
]

# (text, PLOVER type, the town the act must not be given)
KEEP = [
    ("POLICE — The police arrested a man on Sunday after a fight.", "COERCE", "Police"),
    ("BRATTLEBORO — Police arrested two teenagers in Keene on Friday night.", "COERCE",
     "Brattleboro"),
    ("TOPEKA — Officials gave details on Monday. A man was shot and wounded in Wichita on "
     "Sunday night.", "ASSAULT", "Topeka"),
    ("Officers arrested a man on Saturday after a fight. Later, the KALAMAZOO — team said "
     "nothing.", "COERCE", "Kalamazoo"),
    ("Clerk hurt. GREELEY — Officials gave details on Tuesday. A gunman shot a store clerk "
     "in Denver on Monday.", "ASSAULT", "Greeley"),
    ("FRESNO — A teenager was shot in Bakersfield on Saturday.", "ASSAULT", "Fresno"),
    ("LAREDO — Officials gave details on Thursday. Federal agents arrested a smuggler in El "
     "Paso on Wednesday.", "COERCE", "Laredo"),
    ("MISSOULA — Hundreds of residents protested in Helena on Friday.", "PROTEST", "Missoula"),
    ("WATERBURY — Police arrested a woman in Hartford on Tuesday after a stabbing.", "COERCE",
     "Waterbury"),
]


def _places(pipeline, text: str, kind: str) -> list[list[str]]:
    result = pipeline.process(Article(text=text, published=dt.date(2021, 4, 12)))
    return [[p.name for p in e.places] for e in result.events if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind", "town"), CHANGE)
def test_an_act_without_a_place_happened_in_the_stateless_datelines_town(
        pipeline, text, kind, town):
    found = _places(pipeline, text, kind)
    assert found and found[0] == [town], found


@pytest.mark.parametrize(("text", "kind", "town"), KEEP)
def test_no_stateless_dateline_or_a_stated_place_wins(pipeline, text, kind, town):
    found = _places(pipeline, text, kind)
    assert found and all(town not in names for names in found), found
