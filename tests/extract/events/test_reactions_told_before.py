"""An act named as what someone reacts to is the act told before, not a new one
(events/mentions/reactions.py, joined in events/corefer.py): "the governor condemned the
ambush", "was appalled by the killings", "officials are investigating the killings", "condemned
what he called a cowardly attack", "the bombing shows that ..." join the earlier event of their
type, although the reaction's sentence places them where the reactor spoke (a statement from
Abuja, speaking in Niamey) and its subject is the reactor, whom the earlier event does not take
as a doer. The reaction itself stays; a reaction to an act the article tells nowhere else keeps
the act; a reaction to another named person's arrest is another arrest. Made-up probes, not
taken from any data set; 11 of the 14 reaction probes failed before the change."""

from __future__ import annotations

import pytest

import sitrep

REACTIONS = [  # (article, type of the act, its doers' words that must be the only doers)
    ("A bomb exploded at a market in Jos on Friday, killing 12 people. The president denounced "
     "the bombing in a statement from Abuja.", "ASSAULT", set()),
    ("A police officer shot a teenager in Dayton on Saturday. State investigators are looking "
     "into the shooting.", "ASSAULT", {"police officer"}),
    ("Militants stormed a hotel in Mogadishu on Sunday, killing 20 people. The prime minister "
     "condemned what he called a cowardly attack.", "ASSAULT", {"Militants"}),
    ("Armed men kidnapped a priest in Kaduna on Sunday. The bishop said he was shocked by the "
     "abduction.", "ASSAULT", {"Armed men"}),
    ("Gunmen ambushed a convoy near Tillaberi on Wednesday, killing nine soldiers. The defence "
     "minister, speaking in Niamey, condemned the ambush.", "ASSAULT", {"Gunmen"}),
    ("Gunmen shot dead a judge in Peshawar on Monday. In Islamabad, the interior minister "
     "condemned the killing.", "ASSAULT", {"Gunmen"}),
    ("A car bomb killed eight people in Baidoa on Friday. The African Union, in a statement "
     "issued in Addis Ababa, condemned the bombing.", "ASSAULT", set()),
    ("Militiamen burned a church in Goma on Sunday. The Pope, speaking at the Vatican, "
     "deplored the attack.", "ASSAULT", {"Militiamen"}),
    ("Rebels abducted 40 schoolchildren in Kankara on Friday. Parents in Katsina said they were "
     "horrified by the kidnapping.", "ASSAULT", {"Rebels"}),
    ("Soldiers killed two fishermen off Jaffna on Monday. Officials in Colombo said they were "
     "investigating the killings.", "ASSAULT", {"Soldiers"}),
    ("Insurgents bombed a police post in Tal Afar on Monday. The bombing shows that the "
     "insurgents remain strong in Anbar.", "ASSAULT", {"Insurgents"}),
    ("Gunmen attacked a bus in Kandahar on Monday, killing six passengers. The governor "
     "condemned the attack.", "ASSAULT", {"Gunmen"}),
    ("Police arrested the opposition leader Kofi Mensah in Accra on Monday. Rights groups "
     "condemned the arrest.", "COERCE", {"Police"}),
    ("Soldiers shot dead three farmers near Gao on Tuesday. The UN envoy was appalled by the "
     "killings.", "ASSAULT", {"Soldiers"}),
]
KEPT = [  # (article, type, number of events of the type)
    ("The governor condemned the attack on a bus in Kandahar.", "ASSAULT", 1),
    ("Police arrested Kofi Mensah in Accra on Monday. Rights groups condemned the arrest of Ama "
     "Owusu in Kumasi on Sunday.", "COERCE", 2),
    ("Gunmen attacked a bus in Kandahar on Monday. The governor condemned the attack and said "
     "troops had killed two of the gunmen.", "ASSAULT", 2),
    ("An explosion tore through a mosque in Quetta on Friday, killing 30 worshippers. The "
     "Islamic State claimed responsibility for the bombing.", "ASSAULT", 1),
]


def _events(text: str, plover: str) -> list:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [e for e in events if e.plover_type == plover]


@pytest.mark.parametrize("text,plover,doers", REACTIONS, ids=[r[0][:40] for r in REACTIONS])
def test_an_act_reacted_to_is_the_act_told_before(pipeline, text: str, plover: str,
                                                  doers: set[str]) -> None:
    found = _events(text, plover)
    assert len(found) == 1, [(e.trigger.text, [p.name for p in e.places]) for e in found]
    assert {a.text for a in found[0].actors} == doers


@pytest.mark.parametrize("text,plover,count", KEPT, ids=[r[0][:40] for r in KEPT])
def test_acts_told_only_in_a_reaction_or_apart_stay(pipeline, text: str, plover: str,
                                                    count: int) -> None:
    assert len(_events(text, plover)) == count
