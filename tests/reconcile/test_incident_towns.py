"""Made-up probes (not copied from any data set): one event naming several towns is one
incident per town only where the text coordinates them ("in Kandahar and in Lashkar Gah",
"Lagos and Abuja"), as ACLED codes "fighting hit Goma and Bukavu"; towns named apart in one
sentence are one incident at one place ("Ecatepec, a suburb of Mexico City"), and a town named
as where people came from ("soldiers from Kinshasa clashed with rebels in Goma") is not the
place of the happening. Each article gives the places of its incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article
from sitrep.store import open_db

APART = [
    ("Soldiers from Kinshasa clashed with rebels in Goma on Monday.", ["Goma"]),
    ("Gunmen from Mosul attacked a checkpoint in Kirkuk on Tuesday.", ["Kirkuk"]),
    ("Protesters from Kano marched in Abuja on Friday.", ["Abuja"]),
    ("Police raided a house in Ecatepec, a suburb of Mexico City, on Sunday.",
     ["Ecatepec de Morelos"]),
    ("Gunmen from Peshawar attacked a school in Quetta on Tuesday.", ["Quetta"]),
]
AS_BEFORE = [
    ("Gunmen attacked police posts in Kandahar and in Lashkar Gah on Monday.",
     ["Kandahār", "Lashkar Gāh"]),
    ("Protesters marched in Lagos and Abuja on Friday.", ["Abuja", "Lagos"]),
    ("Clashes erupted in Kandahar, Herat and Kunduz on Monday.", ["Herāt", "Kandahār"]),
    ("A convoy travelling from Gao to Timbuktu was ambushed on Monday.", ["Timbuktu"]),
    ("A bomb exploded at a market in Tlahuac, south of Mexico City, on Monday.", ["Tláhuac"]),
]


def _places(pipeline, tmp_path, text: str) -> list[str]:
    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        return sorted(i["place"] for i in db.incidents())


@pytest.mark.parametrize(("text", "places"), APART + AS_BEFORE,
                         ids=[t[:45] for t, _ in APART + AS_BEFORE])
def test_one_incident_per_coordinated_town(pipeline, tmp_path, text, places):
    assert _places(pipeline, tmp_path, text) == places
