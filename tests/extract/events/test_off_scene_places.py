"""Places that are not the scene of the act do not tell two mentions of one happening apart:
where a victim was taken or died ("died at a hospital in Johannesburg", "treated at a clinic in
Zaria") and where the speaker who reports it sits ("the health ministry in Sanaa said the strike
had killed six") (``corefer``, ``mentions.scenes``). Near neighbours stay two: a hospital or
clinic that is the act's own target or spot ("attacked the hospital in Zaria", "exploded outside
a hospital in Karachi"), doers placed in a town ("Militants in Bamako attacked"), another day,
or an act told as one more. Made-up articles, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep

ONE = [  # one happening: one event of the type
    ("Gunmen shot a farmer near Kidapawan on Monday. John Ramos was hit twice and died at a "
     "hospital in Cotabato City.", "ASSAULT"),
    ("An air strike hit a market in Saada on Monday. The health ministry in Sanaa said the "
     "strike had killed six people.", "ASSAULT"),
    ("Gunmen attacked a bus near Kano on Friday. The wounded were treated at a clinic in "
     "Zaria, where the attack was condemned by doctors.", "ASSAULT"),
    ("A gunman opened fire at a wedding in Ardahan on Sunday. Officials in Ankara said the "
     "shooting had killed four guests.", "ASSAULT"),
    ("Rebels shelled the town of Tala on Tuesday. The governor's office in Goma said the "
     "shelling had wounded nine people.", "ASSAULT"),
    ("A bomb exploded at a bus stop in Quetta on Monday. Ali Khan was wounded in the blast "
     "and was taken to a hospital in Karachi.", "ASSAULT"),
    ("Police shot a man in Soweto on Saturday. The victim, Sipho Dlamini, was shot in the "
     "chest and died at a hospital in Johannesburg.", "ASSAULT"),
    ("Militants ambushed a convoy near Mopti on Friday. The army in Bamako said the ambush "
     "had killed five soldiers.", "ASSAULT"),
    # where the speaker spoke: a place on the verb of stating
    ("Rebels attacked a refugee camp near Gisenyi on Wednesday night. An army spokesman told "
     "reporters in Kigali that about 60 attackers had stormed the camp.", "ASSAULT"),
    ("Gunmen attacked a police post near Tillaberi on Monday. A government spokesman said in "
     "Niamey that the attackers had fired on the post for two hours.", "ASSAULT"),
]
TWO = [  # two happenings: two events
    ("Gunmen attacked a bus near Kano on Friday. Gunmen attacked the hospital in Zaria, "
     "police said.", "ASSAULT"),
    ("A bomb exploded at a bus stop in Quetta. A bomb exploded outside a hospital in "
     "Karachi, police said.", "ASSAULT"),
    ("An air strike hit a market in Saada. An air strike hit a clinic in Sanaa, witnesses "
     "said.", "ASSAULT"),
    ("Militants ambushed a convoy near Mopti. Militants in Bamako attacked an army post, the"
     " army said.", "ASSAULT"),
    ("Gunmen shot a farmer near Kidapawan on Monday. Gunmen also shot a trader in Cotabato "
     "City on Tuesday.", "ASSAULT"),
    ("An air strike hit a market in Saada on Monday. Another strike hit a hospital in Sanaa "
     "on Tuesday.", "ASSAULT"),
    ("Gunmen attacked a bus near Kano on Friday. Gunmen attacked a clinic in Zaria on "
     "Saturday.", "ASSAULT"),
    ("A gunman opened fire at a wedding in Ardahan on Sunday. Officials said a gunman had "
     "opened fire at a cafe in Ankara on Monday.", "ASSAULT"),
    ("Rebels shelled the town of Tala on Tuesday. Rebels also shelled Goma on Wednesday, the"
     " governor said.", "ASSAULT"),
    ("A bomb exploded at a bus stop in Quetta on Monday. Another bomb exploded outside a "
     "hospital in Karachi on Tuesday.", "ASSAULT"),
    # a place in what the speaker says is the act's own
    ("Rebels attacked a refugee camp near Gisenyi on Wednesday. An army spokesman told "
     "reporters that attackers had stormed a camp in Kigali.", "ASSAULT"),
    ("Gunmen attacked a police post near Tillaberi on Monday. A spokesman said that gunmen "
     "had fired on a market in Niamey.", "ASSAULT"),
]


def _count(text: str, plover: str) -> int:
    events = sitrep.process_text(text, published="2021-03-03").events
    return sum(e.plover_type == plover for e in events)


@pytest.mark.parametrize("text,plover", ONE)
def test_places_of_care_and_of_speakers_tell_nothing_apart(pipeline, text: str,
                                                           plover: str) -> None:
    assert _count(text, plover) == 1


@pytest.mark.parametrize("text,plover", TWO)
def test_acts_at_other_scenes_stay_two(pipeline, text: str, plover: str) -> None:
    assert _count(text, plover) == 2
