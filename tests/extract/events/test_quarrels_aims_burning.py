"""Other senses of violent words (issue 15 item 3, the classes of the session-28 blind hand
check), with made-up sentences read with the real model:

- fighting with kin or a partner is a quarrel, not an ASSAULT ("she had been fighting with her
  husband"), while fighting armed groups or soldiers, or with a weapon, stays;
- shooting or aiming for a date is striving for a target date ("shooting for early June"), while
  shooting for a span of time stays violence; what one is shooting for is no act ("shooting for
  a release in early June");
- firing critics, opponents, appointees or a cabinet dismisses them, while firing at them
  stays an attack;
- a thing that burned of itself ("the yacht burned", "a house burned down") and a fire that
  broke out and killed are no ASSAULT (no one set them), while burning by someone and a fire
  set by arsonists stay."""

from __future__ import annotations

import pytest

from samples import plover_types

QUARRELS = [
    "She had been fighting with her husband for months.",
    "The brothers fought with their father over money.",
    "He was fighting with his family over the inheritance.",
    "The singer fought with her boyfriend before the show.",
    "He often fought with his wife about money.",
    "The teenager fought with his parents over the car.",
    "She fought with her sister over the house.",
    "The actor was fighting with his ex-wife over custody.",
    "They fought with their cousins over the land sale.",
    "He battled with his brother over the family business.",
]
FIGHTS = [
    "Rebels fought with soldiers near the border.",
    "Police fought with protesters outside the parliament.",
    "The militia fought with government troops on Sunday.",
    "He fought with his brother with a knife.",
    "Gang members fought with police in the street.",
    "Villagers fought with the attackers for hours.",
    "Insurgents fought with the army near the town.",
    "Fans fought with the police after the match.",
    "Soldiers fought with militants in the mountains.",
    "Rioters fought with security forces in the capital.",
]
AIMED_DATES = [
    "The company is shooting for early June.",
    "The league is shooting for mid-July.",
    "Organisers are shooting for next spring.",
    "The studio is shooting for late August.",
    "The team is shooting for October.",
    "Officials are shooting for the end of the year.",
    "The builders are shooting for early 2025.",
    "The union is shooting for late September.",
    "The ministry is shooting for early March.",
    "The firm was shooting for the first week of May.",
]
SHOT_FOR_GOALS = [
    ("The studio is shooting for a release in early June.", "RETREAT"),
    ("The two parties are gunning for a deal by Friday.", "AGREE"),
    ("The band is shooting for a release next spring.", "RETREAT"),
    ("The coalition is shooting for an agreement before the summer.", "AGREE"),
    ("The league is shooting for a deal with the union by March.", "AGREE"),
    ("The label is shooting for a release in late October.", "RETREAT"),
    ("Negotiators are shooting for an agreement by the end of the month.", "AGREE"),
    ("The producers are shooting for a release in 2025.", "RETREAT"),
    ("The firm is gunning for a settlement before the trial.", "AGREE"),
    ("The publisher is shooting for a release in early May.", "RETREAT"),
]
SHOOTING_SPANS = [
    "Gunmen were shooting for three hours.",
    "The soldiers kept shooting for two days.",
    "Police were shooting for ten minutes.",
    "Snipers were shooting for several hours on Monday.",
    "The militants were shooting for an hour.",
    "Gunmen were shooting at the police for two hours.",
    "Troops fired for three hours on the village.",
    "The attackers were shooting for 20 minutes.",
    "Rebels shelled the town for two days.",
    "Gunmen shot at the crowd for five minutes.",
]
BURNED_BY_ITSELF = [
    "A yacht burned in the harbour on Sunday.",
    "A house burned down on Tuesday night.",
    "The boat caught fire and burned.",
    "A mobile home burned on Monday morning.",
    "The old warehouse burned for hours.",
    "A fire broke out at the factory, killing two workers.",
    "A fire broke out in the hospital, killing six patients.",
    "A blaze broke out in the market, injuring ten people.",
    "The barn burned overnight.",
    "A bus burned on the highway on Friday.",
]
BURNED_BY_SOMEONE = [
    "Arsonists burned a house on Tuesday.",
    "Protesters burned a police car on the road.",  # (tyres burned: a protest's fuel,
    # test_protest_fuel.py)
    "Militants burned a school in the north.",
    "The mob burned two cars.",
    "Rioters burned shops in the city centre.",
    "Soldiers burned the village on Monday.",
    "Gunmen set a fire that killed two guards.",
    "Attackers burned the police station.",
    "Rebels burned homes in the village.",
    "Arsonists started a blaze that killed three people.",
]


@pytest.mark.parametrize("text", QUARRELS)
def test_fighting_with_kin_is_a_quarrel(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", FIGHTS)
def test_fighting_armed_groups_or_with_a_weapon_stays(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)


@pytest.mark.parametrize("text", AIMED_DATES)
def test_shooting_for_a_date_is_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", SHOOTING_SPANS)
def test_shooting_for_a_span_of_time_stays(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)


@pytest.mark.parametrize("text", BURNED_BY_ITSELF)
def test_a_thing_that_burned_by_itself_is_no_assault(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", BURNED_BY_SOMEONE)
def test_burning_by_someone_stays_an_assault(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)


@pytest.mark.parametrize("text,plover", SHOT_FOR_GOALS)
def test_the_goal_of_shooting_for_is_no_act(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


DISMISSED = [
    "The company fired critics of the merger.",
    "The president fired his critics in the cabinet.",
    "The new owner fired opponents of the plan.",
    "The governor fired two dissidents from his staff.",
    "The editor fired the paper's detractors.",
    "The mayor fired several appointees on Monday.",
    "The minister fired his rivals in the ministry.",
    "The chief fired three subordinates after the audit.",
    "The party leader fired sceptics of the deal.",
    "The president fired the whole cabinet.",
]
FIRED_AT = [
    "Troops fired on critics of the regime.",
    "Soldiers fired at opponents of the coup.",
    "Police fired tear gas at the dissidents.",
    "Gunmen fired shots at the appointee's car.",
    "The army fired rockets at rival positions.",
    "Snipers fired on the protesters.",
    "Police fired rubber bullets at the critics.",
    "Militants fired mortars at the base.",
    "Guards fired into the crowd of dissidents.",
    "Troops fired warning shots at the opponents.",
]


@pytest.mark.parametrize("text", DISMISSED)
def test_firing_critics_and_appointees_dismisses_them(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", FIRED_AT)
def test_firing_at_people_stays_an_assault(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)
