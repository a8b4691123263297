"""Made-up probes (not copied from any data set): an arrest whose only figure counts the
people arrested is a happening of its own (it was taken for a cumulative toll, an ``all()`` over
no other claims), and an act other than an arrest whose only figures count arrests for it
("nobody is in custody for the shooting") is told back: it joins its happening, never starts
one. Each probe is one article processed by the real pipeline into a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article
from sitrep.store import open_db

ARRESTS = [
    "Police arrested three men in Baku on Monday.",
    "Police detained a journalist in Minsk on Tuesday.",
    "Security forces arrested 40 protesters in Khartoum on Friday.",
    "Soldiers detained two village chiefs near Goma on Sunday.",
    "Officers arrested a 24-year-old man in Leeds on Saturday.",
    "Police in Lagos arrested five suspected kidnappers on Wednesday.",
    "Authorities detained 12 opposition activists in Harare on Thursday.",
    "Turkish police detained 30 people in Istanbul on Monday.",
    "Police arrested two teenagers after a brawl in Dayton on Sunday.",
    "The army detained four fishermen off Jaffna on Tuesday.",
]
# neighbours: an arrest with no figure, a negated arrest, a cumulative toll, a shooting told
# back by who is in custody for it
NEIGHBOURS = [
    ("Police arrested the mayor of Tula on Monday.", ["COERCE"]),
    ("Police said 44 people had been arrested since September.", []),
    ("A man was shot and wounded in Dayton on Sunday night. Nobody is in custody for the "
     "shooting, police said.", ["ASSAULT"]),
    ("A woman was stabbed in Leeds on Saturday. No one has been arrested in the stabbing.",
     ["ASSAULT"]),
    ("Gunmen killed two farmers near Jos on Friday. Nobody has been arrested for the killings.",
     ["ASSAULT"]),
    ("A man was shot in Memphis on Monday. Two men were arrested for the shooting on Tuesday.",
     ["ASSAULT", "COERCE"]),
    ("Police arrested three men in Baku on Monday. The three men were released on Tuesday.",
     ["COERCE", "RETREAT"]),
    ("Gunmen attacked a bus in Kaduna on Monday. Police have arrested nobody.", ["ASSAULT"]),
    ("A bomb exploded in Quetta on Sunday. No arrests have been made in the bombing.",
     ["ASSAULT"]),
    ("A man was stabbed in Derry on Friday. Nobody is in custody for the attack.",
     ["ASSAULT"]),
]


def _families(pipeline, tmp_path, text: str) -> list[str]:
    article = Article(text=text, id=article_id(text), source="probe", language="en",
                      origin="probe", published=dt.date(2021, 3, 10))
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        return sorted(i["plover_type"] for i in db.incidents())


@pytest.mark.parametrize("text", ARRESTS, ids=[t[:40] for t in ARRESTS])
def test_an_arrest_counted_by_its_figure_is_an_incident(pipeline, tmp_path, text):
    assert _families(pipeline, tmp_path, text) == ["COERCE"]


@pytest.mark.parametrize(("text", "families"), NEIGHBOURS, ids=[t[:40] for t, _ in NEIGHBOURS])
def test_acts_told_back_by_arrests_join_their_happening(pipeline, tmp_path, text, families):
    assert _families(pipeline, tmp_path, text) == families
