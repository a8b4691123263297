"""Made-up probes (not copied from any data set): one arrest or one attack told once by its
doers ("Kenyan police arrested a man in Mombasa") and once by its victim ("a Tanzanian suspect
was detained in Mombasa"), at the same place on the same day, is one incident: the doers'
country and the victim's are compared role by role (``units.roles_agree``), not as two sides.
Neighbours: doers (or victims) of two countries, or two towns, stay two incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article
from sitrep.store import open_db

ONE = [
    "Kenyan police arrested a man in Mombasa on Monday. The Tanzanian suspect was detained at a "
    "hotel in Mombasa on Monday, officers said.",
    "A British tourist was stabbed in Cancun on Saturday. A Mexican waiter stabbed him outside a "
    "bar in Cancun on Saturday, police said.",
    "Israeli troops shot a man near Hebron on Friday. A Palestinian was wounded by gunfire near "
    "Hebron on Friday, medics said.",
    "Russian soldiers shelled a village near Kharkiv on Tuesday. Two Ukrainian farmers were "
    "killed near Kharkiv on Tuesday, officials said.",
    "American agents arrested a man in Bogota on Wednesday. A Colombian suspect was detained in "
    "Bogota on Wednesday, police said.",
    "Turkish police detained a journalist in Istanbul on Monday. A Swedish reporter was held in "
    "Istanbul on Monday, his newspaper said.",
    "Nigerian soldiers shot a man in Maiduguri on Sunday. A Cameroonian trader was shot dead in "
    "Maiduguri on Sunday, residents said.",
    "Indian police arrested a fisherman in Chennai on Thursday. A Sri Lankan fisherman was "
    "detained in Chennai on Thursday, his family said.",
    "French troops attacked a convoy near Gao on Monday. Malian fighters were killed near Gao on "
    "Monday, the army said.",
    "Pakistani troops fired on a car near Quetta on Monday. An Afghan driver was wounded near "
    "Quetta on Monday, doctors said.",
    "Iranian guards seized an oil worker in Basra on Tuesday. A Kuwaiti engineer was abducted in "
    "Basra on Tuesday, his company said.",
]
TWO = [
    "Kenyan police arrested a Somali man in Nairobi on Monday. Ugandan police arrested a Rwandan "
    "woman in Kampala on Monday.",
    "Mexican police arrested a Guatemalan man in Tijuana on Monday. American agents arrested a "
    "Honduran woman in Tijuana on Monday.",
    "French troops killed ten militants near Gao on Monday. Malian troops killed five militants "
    "near Gao on Monday.",
    "Nigerian soldiers shot a man in Maiduguri on Sunday. A Cameroonian trader was shot dead in "
    "Yola on Sunday, residents said.",
]


def _incidents(pipeline, tmp_path, text: str) -> list[dict]:
    article = Article(text=text, id=article_id(text), published=dt.date(2021, 3, 1),
                      source="probe", language="en", origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        return [i for i in db.incidents() if i["family"] in {"ASSAULT", "COERCE"}]


@pytest.mark.parametrize("text", ONE, ids=[t[:40] for t in ONE])
def test_doers_country_and_victims_country_are_one_incident(pipeline, tmp_path, text):
    assert len(_incidents(pipeline, tmp_path, text)) == 1


@pytest.mark.parametrize("text", TWO, ids=[t[:40] for t in TWO])
def test_doers_of_two_countries_or_two_towns_stay_two(pipeline, tmp_path, text):
    assert len(_incidents(pipeline, tmp_path, text)) == 2
