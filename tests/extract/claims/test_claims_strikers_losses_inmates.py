"""Made-up probes for session 45 (issue 19 item 1: victims of casualty claims on unseen text),
written with the change, with neighbours that must keep what they had.

1. People a participle of a protest verb shows protesting are protesters: "striking nurses",
"protesting farmers", "rioting youths", also through "N of them" after a dispersal ("fired tear
gas to disperse striking nurses and detained 11 of them"); an adjective that only looks like
one ("a striking image") and people of no protest keep their kind.

2. A bare figure of an owner's own losses takes the owner's kind: "The army put its losses at
five dead" (military), "the rebels said their losses were 12 dead" (militant); losses of no
owner ("the losses") stay unknown.

3. Inmates, prisoners and detainees are civilians (non-combatants, as ACLED codes violence
against them; two held-out writers in three), a group's prisoners take its side.

Each row: (text, outcome, low figure, victims).
"""

from __future__ import annotations

import pytest

from samples import one_claim

K, J, R = "killed", "injured", "arrested"

STRIKERS = [
    ("Police fired tear gas to disperse striking nurses and detained 11 of them, the union said.",
     R, 11, "protester"),
    ("Police fired tear gas to disperse striking teachers and arrested 30 of them.", R, 30,
     "protester"),
    ("Police dispersed protesting farmers and detained 14 of them.", R, 14, "protester"),
    ("Police detained 14 striking dock workers outside the port.", R, 14, "protester"),
    ("Riot police arrested 25 rioting youths in the town centre.", R, 25, "protester"),
    ("Police arrested 12 marching students near parliament.", R, 12, "protester"),
    ("Soldiers shot dead three demonstrating workers.", K, 3, "protester"),
    ("Security forces wounded nine picketing miners at the gate.", J, 9, "protester"),
    ("Police detained 20 protesting traders at the market.", R, 20, "protester"),
    ("Officers arrested eight striking bus drivers at the depot.", R, 8, "protester"),
    # neighbours: no protest, people of another kind, an adjective of another sense
    ("Police detained 14 dock workers outside the port.", R, 14, "civilian"),
    ("Gunmen killed four nurses at the clinic.", K, 4, "civilian"),
    ("Troops killed two fighting men near the river.", K, 2, "unknown"),
    ("Police arrested 20 people at the market.", R, 20, "unknown"),
]

LOSSES = [
    ("The army put its losses at five dead.", K, 5, "military"),
    ("The rebels said their losses were 12 dead.", K, 12, "militant"),
    ("The army said its losses stood at nine killed.", K, 9, "military"),
    ("The militia put its dead at 14.", K, 14, "militant"),
    ("The navy put its losses at three dead after the attack.", K, 3, "military"),
    ("The insurgents said their losses were seven dead.", K, 7, "militant"),
    ("The police force put its losses at two dead.", K, 2, "police"),
    # neighbours: no owner, a civilian owner, people counted by name
    ("The government put the losses at five dead.", K, 5, "unknown"),
    ("The ministry said its losses were heavy, with 30 people killed in the city.", K, 30,
     "unknown"),
    ("The group said its losses were two fighters killed.", K, 2, "militant"),
]

INMATES = [
    ("Three inmates were killed in the riot.", K, 3, "civilian"),
    ("Five detainees died in custody last year, the group said.", K, 5, "civilian"),
    ("Guards shot dead two prisoners trying to escape.", K, 2, "civilian"),
    ("Twelve inmates were injured when the roof collapsed.", J, 12, "civilian"),
    ("Four convicts were killed in a fight between gangs in the jail.", K, 4, "civilian"),
    ("An air strike on the jail killed 20 prisoners, officials said.", K, 20, "civilian"),
    # neighbours: suspects and defendants stay unknown
    ("Police arrested two suspects over the robbery.", R, 2, "unknown"),
    ("Three defendants were injured in the courtroom brawl.", J, 3, "unknown"),
]


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in STRIKERS + LOSSES + INMATES])
def test_victims_by_protest_participle_own_losses_and_custody(pipeline, text, outcome, low, victims):
    claim = one_claim(pipeline, text, outcome, low)
    assert claim.victims == victims
