"""Made-up probes (not copied from any data set): which units become incidents. A happening
dated only by its year ("deployed to the border region in 2010") is history or an aggregate,
not ACLED's unit (its coarsest time precision is the month), also in an article without a
publication date; a unit every mention of which the events' fitted confidence calls more
likely wrong than right starts no incident; either stays when it reports people killed or
hurt. Articles without a publication date give the families of their incidents."""

from __future__ import annotations

import dataclasses

import pytest

from sitrep.pipeline import article_id
from sitrep.reconcile.units import article_units
from sitrep.records import Article
from sitrep.store import open_db

YEAR_ONLY = [
    ("The army was deployed to the border region in 2010.", []),
    ("Protesters marched through Lima in 2015.", []),
    ("Soldiers raided a camp in Apure in 2019.", []),
    ("Rebels attacked a convoy near Gao in 2014.", []),
]
AS_BEFORE = [
    ("Troops raided a camp in Apure in 2019, killing three rebels.", ["ASSAULT"]),
    ("The army was deployed to the border region in March 2010.", ["MOBILIZE"]),
    ("Soldiers clashed with rebels near Gao.", ["ASSAULT"]),
    ("Officers seized the drugs and captured the men.", ["COERCE"]),
    ("Rebels attacked a village near Beni on Sunday, killing four people.", ["ASSAULT"]),
    ("Protesters marched through Lima on Friday.", ["PROTEST"]),
]


def _families(pipeline, tmp_path, text: str) -> list[str]:
    article = Article(text=text, id=article_id(text), source="probe", language="en",
                      origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        return sorted(i["plover_type"] for i in db.incidents())


@pytest.mark.parametrize(("text", "families"), YEAR_ONLY + AS_BEFORE,
                         ids=[t[:45] for t, _ in YEAR_ONLY + AS_BEFORE])
def test_a_happening_dated_only_by_its_year_is_no_incident(pipeline, tmp_path, text, families):
    assert _families(pipeline, tmp_path, text) == families


CONFIDENCE = [  # the events' confidence set below and above DOUBTFUL: units with and without
    ("Officers seized the drugs and captured the men.", 0.45, 0),
    ("Officers seized the drugs and captured the men.", 0.55, 1),
    ("The president called on lawmakers to back the decree on Monday.", 0.4, 0),
    ("The president called on lawmakers to back the decree on Monday.", 0.6, 1),
    ("Rebels attacked a village near Beni on Sunday, killing four people.", 0.4, 1),
    ("Rebels attacked a village near Beni on Sunday, wounding four people.", 0.4, 1),
]


@pytest.mark.parametrize(("text", "confidence", "units"), CONFIDENCE,
                         ids=[f"{t[:40]}-{c}" for t, c, _ in CONFIDENCE])
def test_a_unit_more_likely_wrong_than_right_starts_no_incident(pipeline, text, confidence,
                                                                 units):
    ex = pipeline.process(Article(text=text, id=article_id(text), language="en"))
    assert ex.events
    ex.events = [dataclasses.replace(e, confidence=confidence) for e in ex.events]
    assert len(article_units(ex)) == units
