"""Made-up probes (not copied from any data set): a death or a wound linked to a charge, a
lawsuit, a reward or a statement ("the family accused the officers of killing an unarmed man",
"Crime Stoppers offered a reward for information about the death of a clerk") is the toll of
the violent happening the article tells, not of the statement; without a violent happening, or
when the claim is history or a cumulative toll, it stays where it was. Each article gives its
ASSAULT incidents in order of their days as (killed best, injured best), and the figures of
its other incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article
from sitrep.store import open_db

MOVED = [
    ("Police shot at a suspect in Salem on Friday. On Monday the family accused the officers of "
     "killing an unarmed man.", [(1, None)]),
    ("Police fired at a car in Salem on Friday. On Monday the family accused the officers of "
     "wounding an unarmed man.", [(None, 1)]),
    ("A man opened fire at a gas station in Tulsa on Saturday. Crime Stoppers offered a reward "
     "for information about the death of a clerk.", [(1, None)]),
    ("A woman fired a rifle at a neighbour's house in Dover on Saturday. She was charged with "
     "injuring a child.", [(None, 1)]),
]
AS_BEFORE = [
    ("A gunman opened fire on a crowd in Tampa on Saturday. Crime Stoppers offered a reward for "
     "information about the killing of a teenager.", [(1, None)]),
    ("Gunmen attacked a market in Mosul on Monday, killing two traders. The governor condemned "
     "the attack.", [(2, None)]),
    ("A man was shot in Flint on Saturday and died in hospital. Police arrested a suspect on "
     "Sunday.", [(1, None)]),
    ("The court charged a man with the murder of a shopkeeper in 2009. He denied the charge.", []),
    ("Rebels shelled Goma on Monday. The ministry said that 40 soldiers had been killed since "
     "January.", [(None, None)]),
    ("A man robbed a bank in Austin on Monday. Police offered a reward for information about "
     "the robbery.", []),
]


def _figures(pipeline, tmp_path, text: str) -> tuple[list[tuple[int | None, int | None]], list]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        found = db.incidents()
    violent = sorted((i for i in found if i["plover_type"] == "ASSAULT"),
                     key=lambda i: i["date_first"] or "")
    other = [(i["plover_type"], i["fatalities_best"], i["injured_best"]) for i in found
             if i["plover_type"] != "ASSAULT" and (i["fatalities_best"] or i["injured_best"])]
    return [(i["fatalities_best"], i["injured_best"]) for i in violent], other


@pytest.mark.parametrize(("text", "figures"), MOVED + AS_BEFORE,
                         ids=[t[:50] for t, _ in MOVED + AS_BEFORE])
def test_a_death_told_beside_a_charge_is_the_toll_of_the_violence(pipeline, tmp_path, text,
                                                                   figures):
    violent, other = _figures(pipeline, tmp_path, text)
    assert violent == figures
    if figures:
        assert other == []
