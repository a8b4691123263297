"""An attack's toll told after the attack, in the passive and with no doer ("Gunmen attacked a
bar on Friday. Four people were killed, police said."), is the attack told again, not a second
attack (``corefer``, ``mentions.tolls``); near neighbours stay two: a toll at another place or
on another day, told as one more ("another", "also", "other", "in a separate attack"), with a
doer of its own ("by police", "by soldiers"), of a victim named with a proper name; a running
total ("had been killed since January") is no attack at all. Made-up
articles, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep

# one attack, then its toll in a later sentence: one ASSAULT
TOLD_LATER = [
    "Gunmen attacked a bar in Leeds on Friday night. Four people were killed, police said.",
    "Militants stormed an army post near Gao on Monday. Six soldiers were killed and nine "
    "wounded, the army said.",
    "Troops shelled the town of Tala on Tuesday. Three civilians were killed, residents said.",
    "Riot police fired tear gas at protesters outside the parliament on Wednesday. One man was "
    "killed, a hospital official said.",
    "Armed men opened fire on a bus near Kano on Saturday. Five passengers were injured, the "
    "police spokesman said.",
    "Gunmen raided a village in Zamfara state on Friday. Eleven villagers were killed and "
    "several houses were burned, a local leader said.",
    "Police clashed with miners at a gold mine in Pataz on Tuesday. A miner was killed, the "
    "union said.",
    "A gunman opened fire in a shopping centre in Hull on Saturday. A 24-year-old woman who was "
    "shot in the leg was taken to hospital.",
    "Soldiers raided a rebel camp near Beni on Thursday. Four rebels were killed, the army said.",
    "A mob attacked a police station in Kano on Monday. Two officers were injured, police said.",
    "Gunmen attacked a church in Owo on Sunday. Several worshippers were wounded, a priest said.",
    "Militants ambushed a patrol near Mopti on Friday. Five soldiers were killed, a military "
    "source said.",
]
# near neighbours: another place or day, told as one more, a doer of its own, a named victim
TWO_ATTACKS = [
    "Gunmen attacked a bar in Leeds on Friday night. In York on Saturday, four people were "
    "killed.",
    "Militants stormed an army post near Gao on Monday. Another six soldiers were killed in "
    "Kidal on Tuesday.",
    "Troops shelled the town of Tala on Tuesday. Three civilians were also killed in a separate "
    "attack.",
    "Rebels ambushed a convoy on the road to Kidal on Sunday. Two drivers were wounded in Mopti "
    "on Friday.",
    "An air strike hit a market in Idlib on Thursday. In 2019, twelve people were killed in a "
    "strike on the same market.",
    "Armed men opened fire on a bus near Kano on Saturday. John Okafor was killed in Lagos on "
    "Monday.",
    "Gunmen attacked a bar in Leeds on Friday night. Four people were killed by police in York "
    "on Sunday.",
    "Drones struck a power plant in Kharkiv on Monday. Two workers were killed on Wednesday, the "
    "governor said.",
    "A gunman shot a guard at a bank in Leeds on Friday. Two more people were shot in Bradford "
    "on Saturday.",
    "Police fired tear gas at protesters in Lagos on Monday. Two officers were stabbed in Abuja "
    "on Tuesday.",
    "Soldiers raided a rebel camp near Beni on Thursday. Four rebels were killed in Goma on "
    "Saturday.",
    "A mob attacked a police station in Kano on Monday. Two other officers were injured in "
    "Zaria.",
    "Gunmen attacked a church in Owo on Sunday. Several worshippers were wounded by soldiers on "
    "Tuesday.",
]
# a running total is a claim of its own, no attack (events/GUIDELINES.md, "quantities alone";
# session 44, ``counts._told_bare``): the attack alone is an ASSAULT
RUNNING_TOTALS = [
    "Rebels shelled Goma on Monday. The ministry said that 40 soldiers had been killed since "
    "January.",
]


def _assaults(text: str) -> int:
    events = sitrep.process_text(text, published="2021-03-01").events
    return sum(e.plover_type == "ASSAULT" for e in events)


@pytest.mark.parametrize("text,n", [(t, 1) for t in TOLD_LATER + RUNNING_TOTALS]
                         + [(t, 2) for t in TWO_ATTACKS])
def test_a_toll_told_after_its_attack_is_that_attack(pipeline, text: str, n: int) -> None:
    assert _assaults(text) == n
