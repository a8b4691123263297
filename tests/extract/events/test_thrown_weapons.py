"""A weapon thrown, fired or used at someone (``senses.public.harm``, the trigger table's
``@hurled``): "protesters threw stones at police", "militants launched rockets at the base",
"officers used pepper spray on the crowd" are attacks (ASSAULT, the mode by the weapon), whose
recipient is what the weapon was aimed at, never the weapon ("fired rubber bullets at the
miners": the miners); a throw or a launch of something else ("threw a party", "launched a
campaign", "used the car") is none, and a launch needs its aim ("launched a missile" may be a
test). And the dateline is no participant ("DAYTON, Ohio - A woman was shot": the woman).
Sentences made up for these tests, read with the real model."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases, plover_types

THROWN = [
    ("Protesters threw stones and petrol bombs at riot police in the old town.", "threw"),
    ("Militants launched three rockets at an army base near the border on Sunday.", "launched"),
    ("The guards hurled tear gas canisters into the crowd.", "hurled"),
    ("Officers used pepper spray on the crowd outside the stadium.", "used"),
    ("Youths lobbed Molotov cocktails at a police station overnight.", "lobbed"),
    ("Settlers threw rocks at Palestinian cars on the main road.", "threw"),
    ("Police used tear gas to disperse the marchers on Friday.", "used"),
    ("Rioters hurled bricks and bottles at firefighters.", "hurled"),
    ("Security forces used live ammunition against the strikers.", "used"),
    ("The insurgents fired mortar rounds at the governor's compound.", "fired"),
    ("A man tossed a grenade into a crowded bar on Saturday night.", "tossed"),
    ("Guards used batons and stun guns on the inmates.", "used"),
]
NOT_THROWN = [
    "The company launched a new phone on Tuesday.",
    "The minister launched a campaign against smoking.",
    "Friends threw a party for the retiring teacher.",
    "She used the car to drive to work.",
    "The club threw its support behind the mayor.",
    "North Korea launched a satellite on Monday.",
    "The chef tossed the salad with olive oil.",
    "Farmers used water from the river for their crops.",
    "The team used the stadium for training.",
    "The agency launched an inquiry into the contract.",
    "He threw the ball to his brother.",
    "The company used rockets to carry satellites into orbit.",
]

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Riot police fired tear gas and rubber bullets at hundreds of striking miners outside the "
     "plant.", "fired", ["police"], ["miners"], [], ["gas", "bullets"]),
    ("Troops fired live rounds and stun grenades at crowds of students on Friday.", "fired",
     ["Troops"], ["students"], [], ["rounds", "grenades"]),
    ("Police fired water cannon to disperse the farmers.", "fired", ["Police"], ["farmers"], [],
     ["cannon"]),
    ("Protesters threw stones and petrol bombs at riot police.", "threw", ["Protesters"],
     ["police"], [], ["stones", "bombs"]),
    ("The guards hurled tear gas canisters into the crowd.", "hurled", ["guards"], ["crowd"], [],
     ["canisters"]),
    ("Officers used pepper spray on the protesters outside the stadium.", "used", ["Officers"],
     ["protesters"], [], ["spray"]),
    ("Militants launched rockets at a military convoy near the border.", "launched",
     ["Militants"], ["military"], [], ["rockets"]),
    ("DAYTON, Ohio - A 31-year-old woman was shot Saturday night outside a bar.", "shot", [],
     ["woman"], [], ["DAYTON"]),
    ("TOLEDO, Ohio - Police arrested two men after a chase on Monday.", "arrested", ["Police"],
     ["men"], ["TOLEDO"], ["TOLEDO"]),
    ("FRESNO, Calif. - A teenager was stabbed outside a school on Tuesday.", "stabbed", [],
     ["teenager"], [], ["FRESNO"]),
]
KEPT = [
    ("Marines shot two suspected pirates off the coast.", "shot", ["Marines"], ["pirates"], [],
     []),
    ("Border guards killed three armed smugglers near the river.", "killed", ["guards"],
     ["smugglers"], [], []),
    ("Gunmen attacked polling stations in the north of the country.", "attacked", ["Gunmen"],
     ["polling stations"], [], []),
    ("Soldiers opened fire on the demonstrators with live ammunition.", "opened fire",
     ["Soldiers"], ["demonstrators"], [], ["ammunition"]),
    ("Rebels shelled the town of Dara on Monday.", "shelled", ["Rebels"], ["town"], [], []),
    ("The mayor urged residents to stay indoors.", "urged", ["mayor"], ["residents"], [], []),
]
CASES = participant_cases(CHANGED, KEPT)


@pytest.mark.parametrize(("text", "trigger"), THROWN)
def test_a_weapon_thrown_at_someone_is_an_attack(events_of, text: str, trigger: str) -> None:
    events = [e for e in events_of(text) if trigger in e.trigger.text]
    assert events and events[0].plover_type == "ASSAULT", [
        (e.trigger.text, e.plover_type) for e in events_of(text)]


@pytest.mark.parametrize("text", NOT_THROWN)
def test_other_throws_launches_and_uses_are_no_attack(pipeline, text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("case", CASES)
def test_what_a_weapon_was_aimed_at_is_the_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)


@pytest.mark.parametrize(("text", "mode"), [
    ("Police fired water cannon at the marchers.", "crowd-control"),
    ("Riot police fired rubber bullets at the crowd.", "crowd-control"),
    ("Protesters threw petrol bombs at the police station.", "explosives"),
    ("Militants fired rockets at the airport.", "heavy-weapons"),
    ("Youths threw stones at the soldiers.", "primitive"),
    ("Officers used tear gas on the students.", "crowd-control"),
    ("Israeli jets dropped cluster bombs on the villages.", "aerial"),
    ("Warplanes dropped barrel bombs on the town.", "aerial"),
])
def test_the_weapon_sent_gives_the_mode(events_of, text: str, mode: str) -> None:
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].plover_mode == mode, [(e.trigger.text, e.plover_mode)
                                                       for e in events]


@pytest.mark.parametrize(("text", "selected"), [
    ("Officers used pepper spray on the crowd.", True),
    ("The guards used batons on the inmates.", True),
    ("Somebody launched flares at the lorry.", True),
    ("The company used the money for wages.", False),
    ("The firm launched a new brand on Tuesday.", False),
])
def test_a_sentence_with_a_weapon_sent_is_parsed(text: str, selected: bool) -> None:
    from sitrep.nlp.select import has_cue

    assert has_cue(text) is selected
