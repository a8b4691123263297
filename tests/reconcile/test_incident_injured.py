"""Made-up probes (not copied from any data set): in a happening where people died, one person
hurt who is named by a definite phrase ("A man was shot and killed. The victim was taken to a
hospital.") is the person who died, not one more injured; another person, the other victim, a
shooting without a death and counted groups stay as they were. Each article gives its first
ASSAULT incident as (killed best, injured best)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article
from sitrep.store import open_db

SAME_PERSON = [
    "A man was shot and killed in Dayton on Saturday. The victim was taken to a hospital.",
    "A woman was killed in a shooting in Tulsa. The woman was rushed to a hospital.",
    "A man was fatally shot in Akron. The victim was rushed to hospital.",
    "A teenager was shot dead in Flint. The teenager was taken to a hospital.",
    "A clerk was killed in a robbery in Gary on Friday. The clerk was hospitalized.",
    "A driver was shot and killed in Macon. The driver was taken to a hospital.",
    "A boy was killed by gunfire in Erie. The boy was airlifted to a hospital.",
    "A man was shot dead in Reno on Sunday. The 30-year-old victim was taken to a hospital.",
    "A woman was fatally shot in Toledo. The victim was transported to a hospital.",
    "A guard was killed in an attack in Mosul. The guard was evacuated to a hospital.",
]
OTHERS = [
    ("A man was killed and a woman was wounded in a shooting in Dayton.", (1, 1)),
    ("A man was shot dead in Flint. The other victim was taken to a hospital.", (1, 1)),
    ("A man was shot in Akron. The victim was taken to a hospital.", (None, 1)),
    ("Gunmen killed two guards in Kandahar. Three soldiers were taken to hospital.", (2, 3)),
    ("A man was shot dead in Erie. The second victim was taken to a hospital.", (1, 1)),
]


def _first_assault(pipeline, tmp_path, text: str) -> tuple[int | None, int | None]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2021, 3, 10),
                      source="probe", language="en", origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        found = [i for i in db.incidents() if i["plover_type"] == "ASSAULT"]
    return found[0]["fatalities_best"], found[0]["injured_best"]


@pytest.mark.parametrize("text", SAME_PERSON, ids=[t[:45] for t in SAME_PERSON])
def test_the_person_hurt_in_a_deadly_happening_is_the_one_who_died(pipeline, tmp_path, text):
    assert _first_assault(pipeline, tmp_path, text) == (1, None)


@pytest.mark.parametrize(("text", "figures"), OTHERS, ids=[t[:45] for t, _ in OTHERS])
def test_other_people_hurt_stay_injured(pipeline, tmp_path, text, figures):
    assert _first_assault(pipeline, tmp_path, text) == figures
