"""Made-up probe sentences: a date inside a relative clause set off by a comma ("Milei, who took
office in December 2023, ...") or inside a "since" phrase ("since the invasion in 2022") is an
aside or the start of a period, not the time the story is set in: a month written later without
its year ("in August", "In May") is the one nearest the publication date. Neighbours: a story
set by its own clause ("In 2019, protests erupted. In October, ...", "was elected in March 2021.
In June, ...") keeps its year. Every sentence was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.dates.timex import find_timexes

SEPT = dt.date(2024, 9, 17)
OCT = dt.date(2025, 10, 22)

CHANGED = [
    ("Poland has expelled dozens of diplomats since the invasion of Ukraine in 2022. In May, "
     "it expelled three more.", SEPT, "May", "2024-05"),
    ("Milei, who took office in December 2023, vetoed a pension law in August.", OCT, "August",
     "2025-08"),
    ("The mayor, who was elected in March 2021, resigned in June.", SEPT, "June", "2024-06"),
    ("Attacks have risen since the coup in February 2021. In April, gunmen killed ten people.",
     SEPT, "April", "2024-04"),
    ("The company, which was founded in 2015, laid off 200 workers in July.", SEPT, "July",
     "2024-07"),
    ("The group, whose leader was killed in January 2023, attacked a convoy in March.", SEPT,
     "March", "2024-03"),
    ("Prices have doubled since the drought in 2021. In August, farmers blocked roads.", SEPT,
     "August", "2024-08"),
    ("The minister, who took office in November 2022, was sacked in May.", SEPT, "May",
     "2024-05"),
    ("Fighting has continued since the offensive began in October 2023. In June, rebels took "
     "the town.", SEPT, "June", "2024-06"),
    ("The envoy, who visited Kabul in April 2023, returned in July.", SEPT, "July", "2024-07"),
]

KEPT = [
    ("In 2019, protests erupted. In October, troops were deployed.", SEPT, "October",
     "2019-10"),
    ("On Aug. 14, 2019, soldiers crossed the border. In October they pulled back.", SEPT,
     "October", "2019-10"),
    ("The mayor was elected in March 2021. In June, he resigned.", SEPT, "June", "2021-06"),
    ("Since May, 40 people have been killed in the province.", SEPT, "May", "2024-05"),
    ("The mayor resigned in June after a scandal.", SEPT, "June", "2024-06"),
]


def _value(text: str, anchor: dt.date, expr: str) -> str | None:
    found = {t.text: t.value for t in find_timexes(text, anchor)}
    assert expr in found, (expr, found)
    return found[expr]


@pytest.mark.parametrize(("text", "anchor", "expr", "value"), CHANGED,
                         ids=[t[0][:48] for t in CHANGED])
def test_an_aside_does_not_set_the_storys_year(text, anchor, expr, value):
    assert _value(text, anchor, expr) == value


@pytest.mark.parametrize(("text", "anchor", "expr", "value"), KEPT,
                         ids=[t[0][:48] for t in KEPT])
def test_a_story_set_in_its_own_clause_keeps_its_year(text, anchor, expr, value):
    assert _value(text, anchor, expr) == value
