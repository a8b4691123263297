"""Made-up probes (not copied from any data set): an act of violence the article tells as a fact
of one happening is an incident whether or not its doer is named. The events' fitted
confidence leans on a named actor, so a shooting told late in an article, in a clause a
speaker reports, with no doer ("Police said a fatal shooting occurred Tuesday night") falls
below ``DOUBTFUL``; the unit stays when the act names its victim, a day stated in its sentence,
a place in its own clause or a toll before it ("the double killing"): the guidelines code
killings reported as fact as an ASSAULT even when the attacker is unknown. Topics, generic
and plural mentions, and what may happen stay out. Each article opens with three sentences of
other news, so that the act is in none of the lead sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import article_id
from sitrep.reconcile.units import article_units
from sitrep.records import Article

BOARD = "The school board met on Monday. It approved a new bus contract. Parents asked about fees. "
FAIR = "The county fair opened on Friday. Organizers expected crowds. Rides were inspected. "
LIBRARY = "The library reopened on Monday. Its new wing has a reading room. Children lined up. "
BAKERY = "A bakery opened a second shop on Friday. Lines stretched far. The owner thanked all. "
ZOO = "The zoo welcomed a baby giraffe on Monday. Keepers named her Daisy. Visitors came. "

# violence told as fact, no doer named: an ASSAULT incident (all but the last four had none on
# main; those four lost theirs when the beholder of the act or the clause beside it stopped
# being named as its doer)
CHANGED = [
    BOARD + "Police said a fatal shooting occurred Tuesday night on Elm Street.",
    FAIR + "Officers said the stabbing happened shortly after midnight outside a bar in Dayton.",
    FAIR + "Witnesses said the shooting took place near the Ferris wheel in Topeka on Saturday evening.",
    BOARD + "Police said the stabbing took place Saturday afternoon behind a theater in Springfield.",
    BOARD + "The chief called the deadly shooting a senseless act.",
    BOARD + "Residents said the killing happened outside a corner store in Camden on Tuesday.",
    LIBRARY + "A spokesman said the fatal stabbing remained under investigation.",
    LIBRARY + "Detectives said the shooting happened in Akron around 2 a.m. on Sunday.",
    LIBRARY + "The mayor said the double shooting shocked the whole town.",
    BAKERY + "Police said the gunfire erupted in a parking lot in Flint on Saturday night.",
    BAKERY + "Officials said the deadly stabbing shook the campus.",
    BAKERY + "Neighbors said the shooting occurred in Gary on Wednesday afternoon.",
    ZOO + "Police said the nonfatal shooting happened on Friday outside a hotel in Reno.",
    BOARD + "The sheriff described the double killing as the worst crime the county had seen.",
    ZOO + "A neighbor described the fatal stabbing as a shock to the street.",
    BOARD + "Officers were on patrol when the double shooting occurred.",
    FAIR + "Two deputies were nearby when the fatal stabbing happened.",
]

# neighbours that keep their incident (a victim or a toll named) and topics, generic or plural
# mentions and what may happen, which stay out
KEPT = [
    (FAIR + "Police said a man was shot several times outside a gas station early Sunday.", 1),
    (FAIR + "Investigators said the bodies of two men were found shot in a field outside Fresno.",
     1),
    (LIBRARY + "Fire officials said a woman was badly burned when someone set fire to her home.",
     1),
    (LIBRARY + "Police said the woman was stabbed in the chest during an argument at a bar.", 1),
    (ZOO + "A study published Thursday linked shootings in Chicago to poverty.", 0),
    (ZOO + "The report looked at shootings in schools across the country.", 0),
    (ZOO + "The chief said on Tuesday that shootings have doubled in the city.", 0),
    (ZOO + "Officials warned on Tuesday that stabbings are on the rise in Leeds.", 0),
    (ZOO + "She said a fatal shooting could happen at any school.", 0),
    (ZOO + "Experts discussed how a stabbing can change a neighborhood.", 0),
    (ZOO + "The mayor said the shooting problem in Detroit needs more attention.", 0),
]


def _assaults(pipeline, text: str) -> int:
    article = Article(text=text, id=article_id(text), published=dt.date(2021, 3, 10),
                      source="probe", language="en", origin="probe")
    return sum(u.family == "ASSAULT" for u in article_units(pipeline.process(article)))


@pytest.mark.parametrize("text", CHANGED, ids=[f"changed-{k:02d}" for k in range(len(CHANGED))])
def test_violence_told_as_fact_without_its_doer_is_an_incident(pipeline, text):
    assert _assaults(pipeline, text) == 1


@pytest.mark.parametrize(("text", "units"), KEPT, ids=[f"kept-{k:02d}" for k in range(len(KEPT))])
def test_named_victims_stay_and_topics_stay_out(pipeline, text, units):
    assert _assaults(pipeline, text) == units
