"""What the event fused from several mentions keeps (``corefer``, ``mentions/keeps``, ``merge``),
on made-up articles: a lead's vague time ("overnight", "this week") gives way to the story's
precise one ("just before 3 a.m. Saturday", "on Tuesday"), a wide place ("in Mali") to the town
("in Gao"); a verb whose subject is a referring noun of its act ("The attack, at 5 a.m. on
Tuesday, killed three soldiers") is the act told before; a background noun and a current act in
one sentence are two happenings unless the noun is the act's subject ("The 2015 bombing killed
20 people, officials said on Monday": one, background, 2015); a passive toll and the act of its
"when" clause are one ("two soldiers were killed when militants attacked their convoy"). Neighbours: a precise date first
and a vague one later, other days, other towns, a current act alone, stay as they were."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

PUBLISHED = "2021-03-06"  # a Saturday

# (article, the fused event's day): the vague time of the first mention, the precise later one
FINER_DATE = [
    ('Militants attacked a checkpoint this week. The attack, at dawn on Tuesday, killed three soldiers.', '2021-03-02'),
    ('Gunmen attacked the market this week. The shooting in Tala started at noon on Tuesday.', '2021-03-02'),
    ('Rebels shelled the town this week. The shelling began at 4 a.m. on Wednesday.', '2021-03-03'),
    ('Police detained five suspects this week. The detentions took place at 6 a.m. on Thursday.', '2021-03-04'),
    ('Workers staged a strike this week. The strike began on Monday morning.', '2021-03-01'),
    ('Troops clashed with rebels this month. The clash happened on March 2.', '2021-03-02'),
    ('Gunmen kidnapped two engineers this week. The kidnapping took place on Wednesday.', '2021-03-03'),
    ('Rebels attacked a convoy earlier this month. The attack took place on March 3.', '2021-03-03'),
    ('Protesters marched through the capital this week. The march took place on Thursday.', '2021-03-04'),
    ('Police arrested 20 protesters this week. The arrests took place on Tuesday.', '2021-03-02'),
]
# a headline on a line of its own with a time told relative to the report, the story's day named
HEADLINE_DATE = [
    ('Gunman kills two overnight in Tala\n\nA gunman opened fire at a bar in Tala just before 3 a.m. Saturday, killing two men, police said.', '2021-03-06'),
    ('Two killed in shooting this week\n\nTwo men were shot dead at a bar in Tala at 2:40 a.m. Thursday, police said.', '2021-03-04'),
    ('Rebels attack convoy this week\n\nRebels attacked an army convoy near Gao on Tuesday, killing four soldiers, the army said.', '2021-03-02'),
    ('Police arrest 20 protesters this week\n\nPolice arrested 20 protesters in Tala on Wednesday, officials said.', '2021-03-03'),
    ('Gunmen kidnap engineers this month\n\nGunmen kidnapped two engineers near Kaduna on March 2, police said.', '2021-03-02'),
]
# neighbours: the first mention is already the precise one; the later vague one adds nothing
KEEPS_FIRST = [
    ('Militants attacked a checkpoint on Tuesday. The attack this week killed three soldiers.', '2021-03-02'),
    ('Gunmen attacked the market on Tuesday. The shooting this week shocked the town.', '2021-03-02'),
    ('Rebels shelled the town on Wednesday. The shelling this week lasted hours.', '2021-03-03'),
    ('Police detained five suspects on Thursday. The detentions this week angered the town.', '2021-03-04'),
    ('Workers staged a strike on Monday. The strike this week closed the port.', '2021-03-01'),
    ('Troops clashed with rebels on March 2. The clash this month lasted hours.', '2021-03-02'),
    ('Gunmen kidnapped two engineers on Wednesday. The kidnapping this week shocked the town.', '2021-03-03'),
    ('Rebels attacked a convoy on March 3. The attack this month killed four drivers.', '2021-03-03'),
    ('Protesters marched through the capital on Thursday. The march this week ended peacefully.', '2021-03-04'),
    ('Police arrested 20 protesters on Tuesday. The arrests this week angered the town.', '2021-03-02'),
]
# (article, type, the fused event's place): a country first, a town of it in the story
FINER_PLACE = [
    ('Militants attacked a checkpoint in Mali on Tuesday. The attack in Gao killed three soldiers.', 'ASSAULT', 'Gao'),
    ('Gunmen attacked a bus in Nigeria on Monday. The attack in Kano killed four passengers.', 'ASSAULT', 'Kano'),
    ('Rebels shelled a village in Syria on Monday. The shelling near Aleppo lasted hours.', 'ASSAULT', 'Aleppo'),
    ('Police arrested seven men in Kenya on Friday. The arrests in Mombasa took place at dawn.', 'COERCE', 'Mombasa'),
    ('Workers staged a strike in France on Monday. The strike in Marseille closed the port.', 'PROTEST', 'Marseille'),
    ('Gunmen kidnapped two engineers in Nigeria on Monday. The kidnapping in Kaduna shocked the town.', 'ASSAULT', 'Kaduna'),
    ('Troops arrested ten rebels in Colombia on Monday. The arrests in Cali took place at dawn.', 'COERCE', 'Cali'),
    ('Protesters marched in Kenya on Sunday. The protest in Nairobi ended peacefully.', 'PROTEST', 'Nairobi'),
    ('Rebels attacked a convoy in Somalia on Monday. The attack near Mogadishu killed five soldiers.', 'ASSAULT', 'Mogadishu'),
    ('Soldiers detained twenty men in Mali on Sunday. The detentions in Timbuktu angered the town.', 'COERCE', 'Timbuktu'),
]
# (article, type, events): a referring noun as the subject of the act's outcome verb is the act
# told before (1); another act with its own doers or its own day stays apart (2)
SUBJECT_REFERS = [
    ('Militants attacked a checkpoint this week. The attack, at 5 a.m. on Tuesday, killed three soldiers.', 'ASSAULT', 1),
    ('Gunmen attacked a bus near Gao this week. The attack, according to witnesses, killed four passengers.', 'ASSAULT', 1),
    ('Rebels ambushed a convoy this week. The ambush, on a road near Gao, killed six soldiers.', 'ASSAULT', 1),
    ('Militants bombed the market this week. The bombing, early on Tuesday, wounded twelve traders.', 'ASSAULT', 1),
    ('Gunmen opened fire on a bar this week. The shooting, shortly after midnight, killed two men.', 'ASSAULT', 1),
    ('Militants attacked a checkpoint on Monday. Militants attacked a police station on Friday, killing three officers.', 'ASSAULT', 2),
    ('Militants attacked a checkpoint on Monday. Another attack on Friday killed three officers.', 'ASSAULT', 2),
    ('Rebels ambushed a convoy on Monday. Soldiers killed six rebels in Gao on Friday.', 'ASSAULT', 2),
    ('Gunmen attacked a bus on Monday. Bandits attacked a farm on Friday, killing four farmers.', 'ASSAULT', 2),
    ('Militants bombed the market on Monday. A bombing on Friday wounded twelve traders.', 'ASSAULT', 2),
]
# (sentence, [(background?, year or None)] of its ASSAULT/COERCE events in order)
BACKGROUND_IN_SENTENCE = [
    ('Rebels attacked Tala on Monday, two years after the 2019 attack on the town.', 'ASSAULT', [False, True]),
    ('The attack on Monday was the deadliest since the 2015 bombing of the market.', 'ASSAULT', [False, True]),
    ('Gunmen attacked the village on Monday, three years after the 2018 massacre there.', 'ASSAULT', [False, True]),
    ('Militants bombed the market on Monday, five years after the 2016 bombing of the station.', 'ASSAULT', [False, True]),
    ('Rebels shelled the town on Monday, as they had in the 2017 shelling of the port.', 'ASSAULT', [False, True]),
    ('The 2015 bombing killed 20 people, officials said on Monday.', 'ASSAULT', [True]),
    ('The 2019 attack killed eight soldiers, the army said on Tuesday.', 'ASSAULT', [True]),
    ('The 2018 shooting wounded four students, the report said on Friday.', 'ASSAULT', [True]),
    ('The 2017 ambush killed twelve soldiers, the ministry said on Monday.', 'ASSAULT', [True]),
    ('The 2016 bombing wounded thirty people, officials recalled on Sunday.', 'ASSAULT', [True]),
    ('Rebels attacked Tala on Monday, killing four villagers.', 'ASSAULT', [False]),
    ('Gunmen attacked the village on Monday and killed three farmers.', 'ASSAULT', [False]),
]


# (sentence, ASSAULT events): a passive toll and the act of its "when" clause are one happening;
# a toll with its own doer, or acts of other days, stay apart
TOLL_WHEN_ACT = [
    ('A boy was injured when a man attacked his mother\'s car in Tala on Monday.', 1),
    ('Two soldiers were killed when militants attacked their convoy near Gao on Monday.', 1),
    ('A guard was wounded when gunmen opened fire on the bank in Tala.', 1),
    ('Three villagers were killed when rebels shelled the town on Monday.', 1),
    ('Four traders were injured when militants bombed the market in Gao.', 1),
    ('A policeman was killed when gunmen ambushed his patrol near Kano.', 1),
    ('Six people were wounded when a mob attacked the bus in Tala on Friday.', 1),
    ('Two students were hurt when police beat protesters outside the school.', 1),
    ('A driver was killed when bandits attacked his truck on the highway.', 1),
    ('Five soldiers were wounded when insurgents attacked their base on Sunday.', 1),
    ('Police killed two gunmen when rebels attacked the base on Monday.', 2),
    ('Soldiers wounded three rebels when militants attacked the checkpoint.', 2),
    ('A farmer was killed in Tala on Monday, and gunmen attacked the market in Gao on Friday.', 2),
    ('Troops killed four insurgents as militants attacked the town on Monday.', 2),
]


def _events(text: str, plover: str) -> list[Event]:
    return [e for e in sitrep.process_text(text, published=PUBLISHED).events
            if e.plover_type == plover]


def _all(text: str) -> list[Event]:
    return list(sitrep.process_text(text, published=PUBLISHED).events)


@pytest.mark.parametrize("text,day", FINER_DATE + HEADLINE_DATE + KEEPS_FIRST)
def test_fused_event_keeps_the_most_specific_date(pipeline, text: str, day: str) -> None:
    first = _all(text)[0]
    events = [e for e in _all(text) if e.plover_type == first.plover_type]
    assert len(events) == 1
    assert events[0].when is not None and events[0].when.value == day


@pytest.mark.parametrize("text,plover,place", FINER_PLACE)
def test_fused_event_keeps_the_narrowest_place(pipeline, text: str, plover: str,
                                               place: str) -> None:
    events = _events(text, plover)
    assert len(events) == 1
    assert [p.name for p in events[0].places] == [place]


@pytest.mark.parametrize("text,plover,n", SUBJECT_REFERS)
def test_a_referring_subject_of_the_outcome_is_the_act_told_before(pipeline, text: str,
                                                                    plover: str, n: int) -> None:
    assert len(_events(text, plover)) == n


@pytest.mark.parametrize("text,plover,flags", BACKGROUND_IN_SENTENCE)
def test_a_background_act_and_a_current_one_stay_two(pipeline, text: str, plover: str,
                                                     flags: list[bool]) -> None:
    assert [e.historical for e in _events(text, plover)] == flags


@pytest.mark.parametrize("text,n", TOLL_WHEN_ACT)
def test_a_toll_and_the_act_of_its_when_clause_are_one(pipeline, text: str, n: int) -> None:
    assert len(_events(text, "ASSAULT")) == n
