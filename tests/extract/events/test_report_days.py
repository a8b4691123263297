"""The day of a statement is not the day of the act it reports as done before it ("the army said
on Friday that its jets had bombed Nyala"): two mentions of one happening told by statements of
two days, or a happening dated in one sentence and reported later "had killed", are one event
(``corefer``, ``mentions.sayings``); so is an act told in the past with its attribution after it
("Gunmen killed 30 villagers, the government said on Saturday ... the attackers stormed the
village late on Friday"). Near neighbours stay two: an act dated in its own reported
clause ("rebels attacked Kanbalu again on Tuesday"), told in the simple past, at another place,
with other named targets, or told as one more ("another"). Made-up articles, not taken from any
data set."""

from __future__ import annotations

import pytest

import sitrep

ONE = [  # one happening: one event of the type
    ("Rebels attacked the town of Kanbalu on Monday. The army said on Wednesday that the "
     "attack had killed four soldiers.", "ASSAULT"),
    ("The army said on Friday that its jets had bombed Nyala. On Thursday night, Nyala "
     "residents said the bombing had destroyed a market.", "ASSAULT"),
    ("Police said on Tuesday they had arrested John Mensah in Kumasi. Mensah's lawyer said on "
     "Wednesday that police had arrested Mensah at his home.", "COERCE"),
    ("Fighters said on Thursday they had captured the town of Tala. State television said on "
     "Wednesday night that rebels had attacked Tala.", "ASSAULT"),
    ("The ministry said on Monday that gunmen had kidnapped Paul Ade near Kaduna. Ade's family"
     " said on Sunday that gunmen had kidnapped Ade on his farm.", "ASSAULT"),
    ("Officials said on Saturday that students had marched through Dakar. Witnesses said on "
     "Friday that the protest had lasted hours.", "PROTEST"),
    ("Militants stormed an army post near Gao, the army said on Monday. Residents said on "
     "Tuesday that the assault had lasted two hours.", "ASSAULT"),
    ("The governor said on Sunday that troops had shelled Idlib. Activists said on Saturday "
     "the shelling had wounded nine people.", "ASSAULT"),
    ("The interior ministry said on Thursday it had detained Omar Sidibe in Bamako. His party "
     "said on Friday that Sidibe had been detained without a warrant.", "COERCE"),
    ("Witnesses said on Monday that soldiers had opened fire on a crowd in Beni. The army "
     "confirmed on Tuesday that the shooting had killed three people.", "ASSAULT"),
    ("The police said on Friday that officers had arrested Maria Lopez in Quito. Lopez's "
     "lawyer told reporters on Saturday that police had arrested Lopez without cause.", "COERCE"),
    ("Drones struck a fuel depot in Kosti, a local official said on Tuesday. The army "
     "announced on Wednesday that the strike had been carried out by the RSF.", "ASSAULT"),
    # an act in the simple past attributed after it: the attribution's day bounds it
    ("Gunmen killed 30 villagers in an overnight raid near Mopti, the government said on "
     "Saturday. Residents said the attackers stormed the village of Ogossagou late on "
     "Friday.", "ASSAULT"),
    ("Gunmen shot dead four traders at a market near Jos, police said on Monday. Witnesses "
     "said the attackers opened fire on the stalls on Sunday evening.", "ASSAULT"),
]
TWO = [  # two happenings of the type: two events
 # a day of the reported clause itself, or a simple-past act, still tells two days apart
    ("Rebels attacked the town of Kanbalu on Monday. The army said on Wednesday that rebels "
     "attacked Kanbalu again on Tuesday.", "ASSAULT"),
    ("Police arrested John Mensah in Kumasi on Monday. Police said on Friday that they had "
     "arrested Mensah again on Thursday.", "COERCE"),
    ("Fighters said on Thursday they had stormed the town of Tala. State television said on "
     "Wednesday night that rebels had attacked Goma.", "ASSAULT"),
    ("The army said on Friday that its jets had bombed Nyala. On Thursday, jets bombed a "
     "market in Kosti.", "ASSAULT"),
    ("Militants stormed an army post near Gao on Monday. Residents said on Tuesday that "
     "another assault had hit Kidal.", "ASSAULT"),
    ("The ministry said on Monday that gunmen had kidnapped Paul Ade near Kaduna. On Sunday "
     "gunmen kidnapped Musa Bello near Zaria.", "ASSAULT"),
    ("Police said on Tuesday they had arrested John Mensah in Kumasi. On Wednesday police "
     "arrested Kofi Boateng in Tamale.", "COERCE"),
    ("Officials said on Saturday that protesters had blocked the main road in Dakar. On "
     "Friday, farmers protested in Thies.", "PROTEST"),
    ("Rebels attacked Kanbalu on Monday. The army said on Wednesday that rebels attacked "
     "Kanbalu on Wednesday morning.", "ASSAULT"),
    # the attribution's day bounds the act from above: a later day is another act
    ("Gunmen killed 30 villagers in an overnight raid near Mopti, the government said on "
     "Saturday. Residents said the attackers stormed the village of Ogossagou on Sunday.",
     "ASSAULT"),
    ("Gunmen shot dead four traders at a market near Jos, police said on Monday. Witnesses "
     "said the attackers opened fire on the stalls on Tuesday evening.", "ASSAULT"),
]


def _count(text: str, plover: str) -> int:
    events = sitrep.process_text(text, published="2021-03-03").events
    return sum(e.plover_type == plover for e in events)


@pytest.mark.parametrize("text,plover", ONE)
def test_acts_dated_by_their_report_are_one_happening(pipeline, text: str, plover: str) -> None:
    assert _count(text, plover) == 1


@pytest.mark.parametrize("text,plover", TWO)
def test_acts_of_two_days_stay_two(pipeline, text: str, plover: str) -> None:
    assert _count(text, plover) == 2


def test_a_town_named_as_target_tells_two_shellings_apart(pipeline) -> None:
    text = ("The governor said on Sunday that troops had shelled Idlib. On Saturday troops "
            "shelled Aleppo, activists said.")
    assert _count(text, "ASSAULT") == 2
