"""An act told beside an accusation is an event of its own; only what the accusation asserts
is not (issue 15's recall: "the RSF accused the army of bringing in mercenaries and said its air
defences had shot down two drones", "accused ... of hiring gangs and warned that anyone who
attacked a police station would be dealt with", "a charge the U.N. rejected", "which opposition
parties deny" were missed as acts asserted by the accusation):

- a predicate conjoined to the accusing verb, with no subject of its own ("accused X of Y and
  said/warned/demanded/expelled ..."): the accuser does something else (a claim of
  responsibility is no accusation: "claimed the bombing and vowed more attacks unless ...");
- a reply in a relative clause whose object is the accusation ("a charge the U.N. rejected",
  "an allegation he denied", "..., which the ministry denies");
- a clause told before the charge, after a semicolon ("a man was stabbed; two men were later
  charged").

What the accusation asserts ("accused the army of shooting down a plane", "alleged that
soldiers had beaten protesters and arrested their leaders") stays no event of its own.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

BESIDE = [
    ("The rebels accused the army of lying and said their gunners had shot down two "
     "helicopters over the valley.", "ASSAULT"),
    ("The militia accused the army of shelling its positions and said it had captured two "
     "soldiers.", "COERCE"),
    ("The minister accused opposition leaders of inciting riots and warned that anyone who "
     "attacked a polling station would be arrested.", "THREATEN"),
    ("The ambassador accused the peacekeepers of arming the militia and demanded that the "
     "mission be withdrawn.", "REQUEST"),
    ("The junta accused France of meddling and expelled its ambassador.", "SANCTION"),
    ("The prosecutor accused the mayor of taking bribes, an allegation the mayor denied.",
     "REJECT"),
    ("The opposition accused the ruling party of fraud, a claim the party rejected.", "REJECT"),
    ("Villagers accused the soldiers of looting shops, an accusation the army denied on "
     "Monday.", "REJECT"),
    ("The activists accused the police of torturing detainees, which the ministry denies.",
     "REJECT"),
    ("Families accused the guards of beating inmates, which the prison service denies.",
     "REJECT"),
    ("A woman was stabbed outside a bar on Friday; two men were later charged in the case.",
     "ASSAULT"),
    ("A shopkeeper was shot dead in March; a teenager was later charged with his murder.",
     "ASSAULT"),
]

ASSERTED = [
    ("The rebels accused the army of shooting down a civilian plane.", "ASSAULT"),
    ("Kenya accused Somalia of shelling border villages.", "ASSAULT"),
    ("The prosecutor accused the mayor of beating his driver and threatening a clerk.",
     "ASSAULT"),
    ("The prosecutor accused the mayor of beating his driver and threatening a clerk.",
     "THREATEN"),
    ("The activists accused the police of torturing detainees who had protested.", "ASSAULT"),
    ("The activists accused the police of torturing detainees who had protested.", "PROTEST"),
    ("He was charged with assault and robbery.", "ASSAULT"),
    ("The opposition alleged that soldiers had beaten protesters and arrested their leaders.",
     "ASSAULT"),
    ("The opposition alleged that soldiers had beaten protesters and arrested their leaders.",
     "COERCE"),
    ("The mayor was accused of assaulting a clerk, who later resigned.", "ASSAULT"),
    ("The group accused the army of raiding homes that it had searched before.", "COERCE"),
    ("Crimes which the law punishes severely include kidnapping.", "REJECT"),
    ("The group claimed responsibility for the bombing and vowed more attacks unless the "
     "government released its leader.", "RETREAT"),
    ("In 2015 he was charged with robbery, but the case was later dismissed.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "plover"), BESIDE)
def test_an_act_beside_an_accusation_is_an_event(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), ASSERTED)
def test_what_an_accusation_asserts_stays_no_event(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)
