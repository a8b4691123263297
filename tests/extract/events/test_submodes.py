"""PLOVER modes read from a trigger's arguments (``submodes``), on made-up sentences: the weapon
or attacker of an ASSAULT, what a REQUEST or REJECT asks for or refuses, the act a THREATEN
threatens; and near neighbours where the arguments name none (the mode stays empty)."""

from __future__ import annotations

import pytest

import sitrep

# (sentence, trigger, PLOVER type, mode)
WEAPONS = [
    ("Gunmen killed a police officer in Kandahar on Monday.", "killed", "ASSAULT", "firearms"),
    ("A soldier was killed by a roadside bomb near the border on Tuesday.", "killed", "ASSAULT",
     "explosives"),
    ("Two farmers were attacked with machetes in their field on Sunday.", "attacked", "ASSAULT",
     "primitive"),
    ("A suicide bomber attacked a checkpoint outside the ministry on Friday.", "attacked",
     "ASSAULT", "suicide-attack"),
    ("Warplanes attacked a convoy on the highway north of the city.", "attacked", "ASSAULT",
     "aerial"),
    ("A drone killed three militants in the valley on Wednesday.", "killed", "ASSAULT", "drone"),
    ("Rebels attacked the town with artillery on Monday.", "attacked", "ASSAULT",
     "heavy-weapons"),
    ("A man was murdered with a knife in the park on Monday.", "murdered", "ASSAULT",
     "primitive"),
    ("The officer was killed by a sniper on the front line on Monday.", "killed", "ASSAULT",
     "firearms"),
    ("Militants attacked the base with mortars overnight.", "attacked", "ASSAULT",
     "heavy-weapons"),
    ("A grenade attack wounded six people at the market on Sunday.", "attack", "ASSAULT",
     "explosives"),
    ("Riot police attacked the marchers with tear gas on Saturday.", "attacked", "ASSAULT",
     "crowd-control"),
]
NO_WEAPON = [
    ("Unknown assailants killed a police officer in Kandahar on Monday.", "killed", "ASSAULT"),
    ("Two farmers were attacked in their field on Sunday.", "attacked", "ASSAULT"),
    ("The militants attacked an artillery position near the border.", "attacked", "ASSAULT"),
    ("A soldier was killed near the mortar factory on Tuesday.", "killed", "ASSAULT"),
    ("The tank crew was attacked on the road on Monday.", "attacked", "ASSAULT"),
    ("The attack on the gun shop left two people dead on Friday.", "attack", "ASSAULT"),
    ("Masked men killed a police officer on Monday.", "killed", "ASSAULT"),
    ("The rebels attacked the missile base on Sunday.", "attacked", "ASSAULT"),
    ("The knife seller was murdered in his shop on Monday.", "murdered", "ASSAULT"),
    ("Rebels killed the bodyguard of a rocket scientist on Monday.", "killed", "ASSAULT"),
]
ASKED = [
    ("The union called for talks with the ministry on Monday.", "called for", "REQUEST", "meet"),
    ("The protesters demanded the release of the detained activists.", "demanded", "REQUEST",
     "yield"),
    ("The mayor urged the government to send aid to the flooded villages.", "urged", "REQUEST",
     "assist"),
    ("The opposition demanded that the president resign.", "demanded", "REQUEST", "yield"),
    ("The rebels refused to release the hostages.", "refused", "REJECT", "yield"),
    ("The government rejected calls for negotiations with the rebels.", "rejected", "REJECT",
     "meet"),
    ("The bishops called for a change in the law on Sunday.", "called for", "REQUEST", "change"),
    ("The governor asked the federal government for emergency funding.", "asked", "REQUEST",
     "assist"),
    ("The envoy urged both sides to stop the fighting.", "urged", "REQUEST", "yield"),
    ("The president refused to meet the opposition leaders.", "refused", "REJECT", "meet"),
    ("The chamber called for increased security on the highways.", "called for", "REQUEST",
     "change"),
]
NOT_ASKED = [
    ("The union asked the ministry for an explanation.", "asked", "REQUEST"),
    ("The opposition demanded answers from the minister.", "demanded", "REQUEST"),
    ("The government rejected the report as biased.", "rejected", "REJECT"),
    ("The court rejected the appeal on Monday.", "rejected", "REJECT"),
    ("Police asked witnesses to come forward.", "asked", "REQUEST"),
    ("The editor asked the minister for a comment on the release of the report.", "asked",
     "REQUEST"),
    ("The senator demanded an explanation for the delay.", "demanded", "REQUEST"),
    ("The opposition rejected the minister's claims about the bombing.", "rejected", "REJECT"),
    ("The mayor asked residents for patience.", "asked", "REQUEST"),
    ("Prosecutors sought a ten-year sentence for the officer.", "sought", "REQUEST"),
]
THREATS = [
    ("The rebels threatened to kill the hostages.", "threatened", "THREATEN", "violence"),
    ("The police threatened to arrest the protesters.", "threatened", "THREATEN", "arrest"),
    ("The government threatened to expel the diplomats.", "threatened", "THREATEN", "expel"),
    ("The union threatened to block the roads into the city.", "threatened", "THREATEN",
     "restrict"),
    ("The president threatened to sever ties with the neighbouring state.", "threatened",
     "THREATEN", "relations"),
    ("The militia threatened to attack the town.", "threatened", "THREATEN", "violence"),
    ("The ministry threatened sanctions against the company.", "threatened", "THREATEN",
     "restrict"),
    ("The army vowed to attack the town on Monday.", "attack", "THREATEN", "violence"),
    ("The gang threatened to burn the shop.", "threatened", "THREATEN", "violence"),
    ("The government threatened to annex the territory.", "threatened", "THREATEN",
     "territory"),
]
NOT_A_MODE_OF_THREAT = [
    ("The rebels threatened the hostages on Monday.", "threatened", "THREATEN"),
    ("The minister threatened to resign.", "threatened", "THREATEN"),
    ("The union threatened a strike.", "threatened", "THREATEN"),
    ("The players threatened to boycott the final.", "threatened", "THREATEN"),
    ("The minister threatened to publish the letters.", "threatened", "THREATEN"),
    ("The protesters threatened to march on parliament.", "threatened", "THREATEN"),
    ("The landlord threatened to call the police.", "threatened", "THREATEN"),
    ("The company threatened legal action.", "threatened", "THREATEN"),
    ("The coach threatened to quit.", "threatened", "THREATEN"),
    ("The rebels threatened reporters in the town.", "threatened", "THREATEN"),
]


def _event(text: str, trigger: str, plover: str) -> sitrep.records.Event:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [e for e in events if trigger in e.trigger.text and e.plover_type == plover]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize("text,trigger,plover,mode", WEAPONS + ASKED + THREATS,
                         ids=[f"{r[2]}-{r[3]}-{i}" for i, r in enumerate(WEAPONS + ASKED + THREATS)])
def test_the_mode_is_read_from_the_weapon_or_what_is_asked_or_threatened(
        pipeline, text: str, trigger: str, plover: str, mode: str) -> None:
    assert _event(text, trigger, plover).plover_mode == mode


@pytest.mark.parametrize("text,trigger,plover", NO_WEAPON + NOT_ASKED + NOT_A_MODE_OF_THREAT,
                         ids=[f"{r[2]}-{i}" for i, r in
                              enumerate(NO_WEAPON + NOT_ASKED + NOT_A_MODE_OF_THREAT)])
def test_targets_places_and_other_asks_give_no_mode(pipeline, text: str, trigger: str,
                                                     plover: str) -> None:
    assert _event(text, trigger, plover).plover_mode is None
