"""Made-up probes (not copied from any data set): the day of an act of violence. A clause that
modifies the act itself dates it ("a shooting that happened on Saturday"); an act the text
dates nowhere near it (a headline, "charged in his daughter's shooting") takes the day of the
violence the article dates, not the day of the charge or the arrest the report is about.
Neighbours: a date in a clause about someone else, history, a date in the act's own clause and
two acts on two days keep their days. Published Wednesday 2016-01-20 (an act the story does not
name in its headline, dated more than a week before, is background: ``history.weeks``)."""

from __future__ import annotations

import pytest
from tests.samples import assault_incidents

CHANGED = [
    ("Police arrested a woman in Dover on Wednesday. A man was wounded in a shooting that "
     "happened on Saturday.", {"2016-01-16"}),
    ("Police arrested a man in Tulsa on Tuesday. A woman was hurt in a stabbing that took "
     "place on Jan. 14.", {"2016-01-14"}),
    ("Deputies went to a farm near Ames on Tuesday. A man there was hurt in a shooting that "
     "happened Saturday night.", {"2016-01-16"}),
    ("Officers were called to a bar in Omaha on Monday. A man had been injured in a shooting "
     "that broke out on Jan. 14.", {"2016-01-14"}),
    ("Police arrested a teen in Erie on Monday. Two boys were hurt in a shooting that occurred "
     "on Jan. 14 outside a school.", {"2016-01-14"}),
    ("Father charged in daughter's shooting\n\nA man was charged on Tuesday with homicide. "
     "Police said his daughter was shot and killed at their home in Dover on Jan. 11.",
     {"2016-01-11"}),
    ("Man charged in Erie stabbing\n\nA man was charged on Tuesday with attempted murder.\n\n"
     "Police said he stabbed a neighbour in Erie on Jan. 9.", {"2016-01-09"}),
    ("Teen held in fatal shooting of clerk\n\nA teenager was jailed on Monday without bond.\n\n"
     "Investigators said he shot and killed a store clerk in Flint on Jan. 10.", {"2016-01-10"}),
    ("Arrest made in Reno bar stabbing\n\nPolice made an arrest on Tuesday.\n\nA man had been "
     "stabbed at a bar in Reno on Jan. 12, police said.", {"2016-01-12"}),
    ("Suspect sought in Akron killing\n\nPolice asked for help on Tuesday.\n\nA man was shot "
     "dead outside a bar in Akron on Jan. 15, police said.", {"2016-01-15"}),
    ("Woman charged in husband's shooting\n\nA Boise woman was charged on Monday with "
     "aggravated assault.\n\nShe shot her husband at their home on Jan. 13, police said.",
     {"2016-01-13"}),
    ("Man held in Toledo stabbing\n\nPolice held a man on Tuesday.\n\nA woman was stabbed "
     "outside a store in Toledo on Jan. 16, officers said.", {"2016-01-16"}),
]
KEPT = [
    ("A man was shot in Dover on Tuesday. Police said he is expected to survive.",
     {"2016-01-19"}),
    ("A man who was released from jail on Saturday shot a clerk in Toledo on Tuesday.",
     {"2016-01-19"}),
    ("Man charged in Erie stabbing\n\nA man was charged on Tuesday with attempted murder in a "
     "stabbing in Erie.", {"2016-01-19"}),
    ("A man was shot in Akron on Sunday. A woman was shot in Toledo on Tuesday.",
     {"2016-01-17", "2016-01-19"}),
    ("A man was stabbed in Tulsa on Sunday. Police said on Tuesday that they had no suspects.",
     {"2016-01-17"}),
    ("A shooting that happened in Reno on Saturday left a man hurt.", {"2016-01-16"}),
    ("A man was stabbed in Boise on Jan. 13. His neighbour was charged on Tuesday.",
     {"2016-01-13"}),
    ("Reward offered\n\nPolice offered a reward on Tuesday.\n\nA clerk was shot in Erie on "
     "Jan. 14.", {"2016-01-14"}),
    ("A woman who moved to Omaha on Jan. 2 was stabbed there on Monday.", {"2016-01-18"}),
    ("Police in Flint said on Tuesday that a man shot a clerk on Sunday.", {"2016-01-17"}),
]


def _days(pipeline, tmp_path, text: str) -> set[str]:
    found = assault_incidents(pipeline, str(tmp_path / "probe.db"), text)
    assert found, "no ASSAULT incident"
    return {i["date_first"] for i in found}


@pytest.mark.parametrize(("text", "days"), CHANGED, ids=[t[:48] for t, _ in CHANGED])
def test_violence_takes_the_day_the_article_gives_it(pipeline, tmp_path, text, days):
    assert _days(pipeline, tmp_path, text) == days


@pytest.mark.parametrize(("text", "days"), KEPT, ids=[t[:48] for t, _ in KEPT])
def test_days_of_other_clauses_and_own_days_stay(pipeline, tmp_path, text, days):
    assert _days(pipeline, tmp_path, text) == days
