"""Made-up probes (not copied from any data set): a violent happening with no actor of its own,
named after an investigation in its sentence ("police are investigating a fatal shooting"),
is the happening the article
reports and becomes an incident; named after a statement about it ("the mayor condemned the
shooting", "residents called for an end to the shootings") it is a topic and does not. Each
article gives the number of its ASSAULT incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article
from sitrep.store import open_db

PUBLISHED = dt.date(2016, 1, 20)

REAL = [
    "Police are investigating a fatal shooting on the west side of Akron.",
    "Detectives are investigating a stabbing at a bus stop in Provo.",
    "Sheriff's deputies investigated a shooting near a school in Yuma on Tuesday.",
    "Officers are investigating an early morning shooting outside a nightclub in Macon.",
    "State police are investigating a deadly shooting on a highway near Erie.",
    "Troopers are investigating a shooting at a rest stop outside Joplin.",
    "Police in Lansing are investigating a drive-by shooting on Maple Street.",
    "Investigators are probing a shooting at an apartment complex in Odessa.",
    "Authorities are investigating a double shooting near a park in Gary.",
    "Deputies are investigating a shooting at a trailer park in Ocala.",
    "Police are investigating a shooting that wounded a man in Salem on Monday.",
]
TOPIC = [
    "The mayor of Akron condemned the shooting on Tuesday.",
    "Residents of Provo called for an end to the shootings.",
    "The governor denounced the stabbing in a statement on Tuesday.",
    "Church leaders in Macon criticized the violence at a meeting on Monday.",
    "The city council of Erie condemned the attack on Tuesday.",
    "Parents in Joplin demanded an end to the shootings near schools.",
    "The pastor of Lansing deplored the shooting in his sermon on Sunday.",
    "Activists in Odessa urged an end to the shootings.",
    "The senator from Waco condemned the stabbings in a speech on Monday.",
    "The union in Boise criticized the shooting in a letter on Tuesday.",
]


def _assaults(pipeline, tmp_path, text: str) -> int:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=PUBLISHED, source="probe",
                      language="en", origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        return sum(i["plover_type"] == "ASSAULT" for i in db.incidents())


@pytest.mark.parametrize("text", REAL, ids=[t[:50] for t in REAL])
def test_violence_named_by_an_investigation_is_an_incident(pipeline, tmp_path, text):
    assert _assaults(pipeline, tmp_path, text) == 1


@pytest.mark.parametrize("text", TOPIC, ids=[t[:50] for t in TOPIC])
def test_violence_named_by_a_statement_about_it_is_a_topic(pipeline, tmp_path, text):
    assert _assaults(pipeline, tmp_path, text) == 0
