"""Habitual aspect and summaries over a span (events/eventhood/summaries.py): an act told by
how often it happens ("every Sunday", "on weekends", "twice a week", "nightly", "from time to
time", "used to", a habitual "would") or in the present perfect over a period or as a total
("over the past three months", "in recent years", "since 2022", "this year", "to date",
"across the region") is no happening. Near neighbours told with the same words stay: a day, a
conditional "would", "used tear gas", "repeatedly" within one act, the perfect of one act ("he
has been shot"), the story's own period ("since Monday"), a campaign of the past month, a
truce of the story. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

HABITS = [
    ("Police used to raid the bars in the old town.", "ASSAULT"),
    ("Police used to arrest vendors in the market.", "COERCE"),
    ("The gang used to kidnap businessmen in the city.", "ASSAULT"),
    ("The guards beat the inmates daily.", "ASSAULT"),
    ("The rebels shelled the town nightly.", "ASSAULT"),
    ("The army detained young men periodically.", "COERCE"),
    ("Every Sunday, the militia would attack the villages.", "ASSAULT"),
    ("The militia attacked the villages every Sunday.", "ASSAULT"),
    ("Officers arrested drivers each Friday.", "COERCE"),
    ("Protesters rallied outside parliament twice a week.", "PROTEST"),
    ("Gunmen attacked the convoys on weekends.", "ASSAULT"),
    ("Demonstrators marched through the capital on Fridays.", "PROTEST"),
    ("Police raided the market from time to time.", "COERCE"),
    ("Soldiers searched the houses every night during the siege.", "COERCE"),
    ("The regime would jail its critics every few months.", "COERCE"),
]
SUMMARIES = [
    ("The militia has attacked dozens of villages over the past three months.", "ASSAULT"),
    ("In recent years, rebels have kidnapped hundreds of farmers.", "ASSAULT"),
    ("During the past few months, soldiers have detained hundreds of young men.", "COERCE"),
    ("The army has deployed troops to the border over the past months.", "MOBILIZE"),
    ("Over the past 12 months, witnesses have withdrawn their statements.", "RETREAT"),
    ("The United States has provided $2 billion in aid to Ukraine since 2022.", "AID"),
    ("Washington has sent more than $40 billion in weapons to Kyiv since the invasion began.",
     "AID"),
    ("The European Union has given 500 million euros in humanitarian aid to Syria so far this "
     "year.", "AID"),
    ("In total, the agency has delivered 3,000 tons of food to the region.", "AID"),
    ("To date, the government has deported 12,000 migrants.", "COERCE"),
    ("Police have raided hundreds of homes in the province this year.", "COERCE"),
    ("The group has carried out attacks across the region.", "ASSAULT"),
    ("The army has carried out raids across the country.", "ASSAULT"),
    ("The rebels have staged ambushes throughout the province.", "ASSAULT"),
    ("The gang has extorted shopkeepers in the city for years.", "ASSAULT"),
]
ACTS = [
    ("The militia attacked the villages on Sunday.", "ASSAULT"),
    ("Police raided the bars in the old town on Friday.", "COERCE"),
    ("The guards beat the inmates on Monday.", "ASSAULT"),
    ("Gunmen attacked the convoy at the weekend.", "ASSAULT"),
    ("Officers arrested two drivers on Friday.", "COERCE"),
    ("He said the soldiers would attack the village if the rebels did not leave.", "ASSAULT"),
    ("The militia attacked the villages again on Sunday.", "ASSAULT"),
    ("Each of the three suspects was arrested on Friday.", "COERCE"),
    ("The rebels fired repeatedly at the convoy on Monday.", "ASSAULT"),
    ("Police arrested 12 drivers on Saturday.", "COERCE"),
    ("He has been shot.", "ASSAULT"),
    ("The group has claimed the attack on the base.", "ASSAULT"),
    # the story's own period with its doers (a bare toll since a day is a casualty figure,
    # no happening: session 44, ``counts._told_bare``)
    ("Since Monday gunmen have killed 40 people.", "ASSAULT"),
    ("The army has deployed troops to the border town.", "MOBILIZE"),
    ("The United States has pledged $500 million in aid to Ukraine.", "AID"),
    ("Rebels have abducted 20 children from a school in the town.", "ASSAULT"),
    ("The government has deported 120 migrants this morning.", "COERCE"),
    ("Hackers have defaced 3,000 government websites over the past month.", "COERCE"),
    ("One third of the guerrillas have been demobilized since the August 13 accord.",
     "RETREAT"),
    ("Protests have erupted across the country.", "PROTEST"),
    ("Police have arrested the man who attacked the mayor.", "COERCE"),
    ("During the past two weeks, soldiers have detained 40 young men.", "COERCE"),
    ("The charity is delivering food aid to the camp every week.", "AID"),
]


@pytest.mark.parametrize(("text", "plover"), HABITS,
                         ids=[f"habit-{k:02d}" for k in range(len(HABITS))])
def test_an_act_told_by_how_often_it_happens_is_no_event(pipeline, text: str,
                                                         plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), SUMMARIES,
                         ids=[f"summary-{k:02d}" for k in range(len(SUMMARIES))])
def test_a_perfect_over_a_span_or_a_total_is_no_event(pipeline, text: str,
                                                      plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), ACTS,
                         ids=[f"act-{k:02d}" for k in range(len(ACTS))])
def test_one_act_told_with_the_same_words_stays(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
