"""Made-up probes (not copied from any data set): mentions that name different parties are
different happenings. Within an article, two statements of one family and day by different
speakers ("the court rejected ...", "police declined ...") are two units, and two material
happenings whose first actors are of different countries that the other mention names on no
side are two; the same speaker told again (by surname, pronoun, or the same country and
sector) and a battle told from either side stay one. Across articles, a report placed only in
a region does not join another article's report of a town of that region without a clue both
tell when it is dated by no day of its own (a headline, a story dated only by the paper). Each
article is extracted with the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import Pipeline, article_id
from sitrep.reconcile.units import article_units
from sitrep.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _families(pipeline: Pipeline, text: str) -> list[str]:
    ex = pipeline.process(Article(id="probe", text=text, published=dt.date(2021, 3, 10),
                                  language="en"))
    return sorted(u.family for u in article_units(ex))


APART = [
    ("The city court rejected the proposal on Monday. Police declined the offer on Monday.",
     ["REJECT", "REJECT"]),
    ("The mayor asked the council to delay the vote on Monday. Opposition leaders asked the "
     "electoral commission to recount the votes on Monday.", ["REQUEST", "REQUEST"]),
    ("Prosecutors asked for a ten-year sentence on Monday. Opposition lawmakers called "
     "for her release on Monday.", ["REQUEST", "REQUEST"]),
    ("The United States expelled 60 Russian diplomats on Monday. Britain expelled 23 Russian "
     "diplomats on Monday.", ["SANCTION", "SANCTION"]),
    ("Governor Mark Sanford rejected the stimulus money on Friday. The White House rebuffed the "
     "governor on Friday.", ["REJECT", "REJECT"]),
    ("France condemned the attack on Tuesday. Germany condemned the attack on Tuesday.",
     ["ACCUSE", "ACCUSE"]),
    ("The president met union leaders on Monday. The opposition leader met the bishops on "
     "Monday.", ["CONSULT", "CONSULT"]),
    ("The army agreed to a ceasefire on Monday. The rebels agreed to the plan on Monday.",
     ["AGREE", "AGREE"]),
    ("The governor threatened to veto the bill on Monday. The rebels threatened to attack the "
     "capital on Monday.", ["THREATEN", "THREATEN"]),
    ("The Kenyan government accused the rebels of looting on Monday. Human Rights Watch accused "
     "the army of torture on Monday.", ["ACCUSE", "ACCUSE"]),
    ("American soldiers arrested ten men in Kabul on Monday. Pakistani police arrested five men "
     "in Kabul on Monday.", ["COERCE", "COERCE"]),
]

TOGETHER = [
    ("Governor Mark Sanford rejected the stimulus money on Friday. Sanford also rejected a "
     "compromise on Friday.", ["REJECT"]),
    ("The mayor asked the council to delay the vote on Monday. The mayor also asked residents "
     "to stay calm on Monday.", ["REQUEST"]),
    ("Police rejected the offer on Monday. They rejected a second offer on Monday.", ["REJECT"]),
    ("France condemned the attack on Tuesday. France also condemned the killings on Tuesday.",
     ["ACCUSE"]),
    ("The United States expelled 60 Russian diplomats on Monday. The United States also "
     "expelled 12 diplomats from the Russian mission on Monday.", ["SANCTION"]),
    ("Turkish troops shelled Kurdish positions near Afrin on Monday. Kurdish fighters attacked "
     "Turkish troops near Afrin on Monday.", ["ASSAULT"]),
    ("The request was granted on Monday. The mayor asked the council to delay the vote on "
     "Monday.", ["REQUEST"]),
]


@pytest.mark.parametrize(("text", "families"), APART)
def test_statements_of_different_parties_are_apart(pipeline, text, families):
    assert _families(pipeline, text) == families


@pytest.mark.parametrize(("text", "families"), TOGETHER)
def test_one_party_told_twice_is_one_unit(pipeline, text, families):
    assert _families(pipeline, text) == families


def _incidents(pipeline: Pipeline, db_path: str, texts: list[str]) -> int:
    from sitrep.store import open_db

    with open_db(db_path) as db:
        for text in texts:
            article = Article(text=text, id=article_id(text), published=dt.date(2021, 3, 10),
                              source=f"probe-{article_id(text)[:6]}", language="en",
                              origin="probe")
            db.save(pipeline.process(article))
        return len([i for i in db.incidents() if i["plover_type"] == "ASSAULT"])


REGION_AND_TOWN = [
    ["A man was shot dead in Pennsylvania.",
     "Two teenagers were shot in Lock Haven."],
    ["Gunmen killed three people in Ohio.",
     "A woman was stabbed in Dayton."],
    ["A police officer was shot in Texas.",
     "A store clerk was shot in Waco."],
]

SAME_TOWN = [
    ["A man was shot dead in Dayton on Tuesday.",
     "Police said a man was fatally shot in Dayton on Tuesday."],
    ["A woman was stabbed in Waco on Tuesday.",
     "A woman was stabbed outside a store in Waco on Tuesday."],
]


@pytest.mark.parametrize("texts", REGION_AND_TOWN)
def test_a_region_report_does_not_join_a_town_report_of_another_article(pipeline, tmp_path,
                                                                         texts):
    assert _incidents(pipeline, str(tmp_path / "r.db"), texts) == 2


@pytest.mark.parametrize("texts", SAME_TOWN)
def test_two_reports_of_one_town_and_day_join(pipeline, tmp_path, texts):
    assert _incidents(pipeline, str(tmp_path / "t.db"), texts) == 1
