"""How a story cites its sources, read as acts (events/senses/life/markets.py, agency.py): a source
who "asked to remain anonymous" makes no REQUEST, "sources consulted by" a newsroom no CONSULT,
a document "released by" someone (also "the first one released by", or a participle conjoined
to another: "obtained by WikiLeaks and released by a newspaper") no RETREAT. Near neighbours
(leaders consulting each other, people released, requests of someone) stay. Sentences made up
for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

CITATIONS = [
    ("A police officer who asked to remain anonymous said the gang controls the port.",
     "REQUEST"),
    ("One resident, who asked to stay anonymous, said the shooting lasted an hour.", "REQUEST"),
    ("A diplomat who asked to remain unnamed said the talks had stalled.", "REQUEST"),
    ("A nurse who asked to remain anonymous said three wounded men arrived.", "REQUEST"),
    ("The cartel controls the route, according to judicial sources consulted by the newspaper.",
     "CONSULT"),
    ("Experts consulted by InSight Crime said the figures were too low.", "CONSULT"),
    ("Several lawyers consulted by El Tiempo doubted the ruling.", "CONSULT"),
    ("Documents consulted by the magazine show the payments.", "CONSULT"),
    ("One of the analysts consulted by Reuters said the deal was fragile.", "CONSULT"),
    ("The report, the first one released by the ministry, covers ten years.", "RETREAT"),
    ("The study, the latest one released by the institute, found that crime fell.", "RETREAT"),
    ("According to a 2009 embassy cable first obtained by WikiLeaks and recently released by a "
     "newspaper, the army lost rifles.", "RETREAT"),
    ("The videos, filmed by residents and released by the group on Monday, show the raid.",
     "RETREAT"),
]
ACTS = [
    ("The president consulted his allies before the vote on Monday.", "CONSULT"),
    ("The minister consulted with Turkish officials in Ankara on Tuesday.", "CONSULT"),
    ("The two leaders consulted by telephone on Sunday.", "CONSULT"),
    ("Rebels released the hostages on Monday.", "RETREAT"),
    ("The hostages, the last ones released by the rebels, arrived in Bogota.", "RETREAT"),
    ("The prisoners held by the army and released on Friday returned home.", "RETREAT"),
    ("Police asked residents to report the attackers.", "REQUEST"),
    ("The union asked the government to raise wages.", "REQUEST"),
    ("The opposition asked to remain in the talks on Monday.", "REQUEST"),
    ("He asked the court to release his client on Monday.", "REQUEST"),
    ("The envoy asked the rebels to free the hostages on Tuesday.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "plover"), CITATIONS)
def test_how_a_source_is_cited_is_no_act(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), ACTS)
def test_consulting_releasing_and_asking_someone_stay_acts(pipeline, text: str,
                                                           plover: str) -> None:
    assert plover in plover_types(text)
