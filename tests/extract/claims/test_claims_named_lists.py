"""Made-up probes (not copied from any data set): a list of named people who suffered an
outcome counts each name as one person.

"Police shot and killed Ray Dunn, 34, and Eli Moss, 22": the first name of the list is the
object (or the passive subject) of the outcome verb and had its claim; the later names are as
many people, each its own claim of one (the guidelines: a single named person killed is
killed 1; figures that are not written are not added up). The small model labels some later
names ORG ("Eli Moss"): a two- or three-word proper name with no article still counts; "the
Red Cross" misparsed into the list does not.

Each text with the exact figures it states, as (outcome, low, high); it must give these claims
and no others."""

from __future__ import annotations

import pytest

from sitrep.records import Article, Claim

K, R, B = "killed", "arrested", "abducted"


def figure(c: Claim) -> tuple[str, int | None, int | None]:
    return (c.outcome, c.low, c.high)


LISTS = [
    ("Police shot and killed Ray Dunn, 34, and Eli Moss, 22, on Friday.", [(K, 1, 1)] * 2),
    ("Police shot and killed Ray Dunn and Eli Moss on Friday.", [(K, 1, 1)] * 2),
    ("Gunmen abducted Rita Oyelowo and Grace Adebayo from their farm.", [(B, 1, 1)] * 2),
    ("Ray Dunn and Eli Moss were arrested on Friday.", [(R, 1, 1)] * 2),
    ("Soldiers killed Tomas Greer, Ana Lopez and Luis Ortega at the checkpoint.",
     [(K, 1, 1)] * 3),
    ("Officers arrested Kwame Mensah and Kofi Boateng outside the stadium.", [(R, 1, 1)] * 2),
    ("Militants kidnapped Sarah Cole and Daniel Price near the border.", [(B, 1, 1)] * 2),
    ("Jon Hale and Peter Cho were shot dead outside the bar.", [(K, 1, 1)] * 2),
    ("The gunman killed Maria Santos, 41, and her neighbour Rosa Diaz, 39.",
     [(K, 1, 1)] * 2),
    ("Police detained Ivan Petrov, Oleg Sokolov and Yuri Volkov at the rally.",
     [(R, 1, 1)] * 3),
    pytest.param("Rebels executed Amadou Diallo and Moussa Keita on Sunday.", [(K, 1, 1)] * 2,
                 marks=pytest.mark.xfail(strict=True, reason="the model labels the first name "
                                         "ORG, and 'executed' gives no claim on its own")),
    ("Tariq Aziz and Omar Farouk were abducted from their car.", [(B, 1, 1)] * 2),
]
LISTS_AS_BEFORE = [
    ("The soldiers killed Ray Dunn and the Red Cross condemned it.", [(K, 1, 1)]),
    ("Police arrested Ray Dunn and seized his car.", [(R, 1, 1)]),
    ("Police detained Ray Dunn and questioned Acme Corp.", [(R, 1, 1)]),
    ("Ray Dunn and Eli Moss attended the funeral on Friday.", []),
]
CASES = LISTS + LISTS_AS_BEFORE


def _id(case) -> str:
    return (case.values[0] if hasattr(case, "values") else case[0])[:45]


@pytest.mark.parametrize(("text", "figures"), CASES, ids=[_id(c) for c in CASES])
def test_each_name_of_a_list_is_one_person(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(figure(c) for c in claims) == sorted(figures)
