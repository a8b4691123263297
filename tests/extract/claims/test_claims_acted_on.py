"""Made-up probes for session 38 (issue 19 item 1: victims of casualty claims on unseen text),
written before the change, with neighbours that must keep what they had.

1. A bare figure that counts the people an act was done to takes their kind (the lead's
convention of session 38): the outcome is a participle hung on the act ("opened fire on
protesters, killing two" -> protester; "fired on worshippers, killing three" -> civilian;
"ambushed a patrol, killing four" -> military). The victims are the act's object: its direct
object, or the object of "on", "at", "into" ("opened fire on", "fired live rounds at"). A
bare figure with no such object stays unknown (session 36's rule for bare figures), and so
does one whose act names "people", a place or a thing, or people of several kinds.

2. A figure of people of one kind coordinated with one person of another kind ("killing five
police officers and a civilian") is two claims, each of its own kind: the figure is not
`mixed` (the one person is counted apart, as "and one civilian" and "and two civilians"
already were); a second noun with no count of its own ("12 soldiers and civilians") still
makes the figure mixed.

3. "their men" after a verb of loss is the subject's own people ("the attackers lost five of
their men": militants), not the claimant's ("..., the army said"); an agent that harms
"five of their men" is not their owner.

Each row: (text, outcome, low figure or None for a vague one, victims).
"""

from __future__ import annotations

import pytest

from samples import one_claim

K, J, A, R = "killed", "injured", "abducted", "arrested"

ACTED_ON = [
    ("Soldiers opened fire on protesters in Bamako on Sunday, killing three.", K, 3, "protester"),
    ("Soldiers opened fire on protesters in Bamako on Sunday, killing three and wounding 20.", J, 20, "protester"),
    ("Riot police fired live rounds at demonstrators outside parliament, wounding at least 12.", J, 12, "protester"),
    ("Police charged the marchers with batons, injuring dozens.", J, None, "protester"),
    ("Troops opened fire on a march in the capital, killing four.", K, 4, "protester"),
    ("Gunmen opened fire on worshippers at a mosque in Kano, killing nine.", K, 9, "civilian"),
    ("Gunmen opened fire on worshippers at a mosque in Kano, killing nine and injuring 14.", J, 14, "civilian"),
    ("Bandits attacked farmers in their fields near Zurmi, killing seven.", K, 7, "civilian"),
    ("A gunman fired into a crowd of shoppers at the market, wounding six.", J, 6, "civilian"),
    ("Militants ambushed a patrol near the border, killing four.", K, 4, "military"),
    ("Militants ambushed an army patrol near Bannu, killing four and wounding two.", J, 2, "military"),
    ("Insurgents attacked a police patrol in Kandahar, killing five.", K, 5, "police"),
    ("Rebels ambushed soldiers on the road to Beni, killing 11.", K, 11, "military"),
    ("Government troops attacked rebels in the hills, killing at least 30.", K, 30, "militant"),
    ("Airstrikes hit insurgents near the river, killing 25.", K, 25, "militant"),
    ("A mob attacked journalists covering the vote, injuring three.", J, 3, "journalist"),
    ("Gunmen fired on aid workers in Juba, killing two.", K, 2, "aid_worker"),
    ("Settlers attacked Palestinian farmers near Nablus, injuring four.", J, 4, "civilian"),
    # neighbours: no object naming people of one kind, or figures that name their people
    ("Police fired on the crowd in the square, killing three.", K, 3, "unknown"),
    ("Gunmen attacked the village at dawn, killing 12.", K, 12, "unknown"),
    ("Gunmen opened fire on people queuing for bread, killing eight.", K, 8, "unknown"),
    ("The army shelled the town overnight, killing 15.", K, 15, "unknown"),
    ("Gunmen opened fire on soldiers and civilians at the checkpoint, killing six.", K, 6, "unknown"),
    ("A car bomb exploded near the market, killing nine.", K, 9, "unknown"),
    ("Gunmen fired on a bus on the highway, killing five.", K, 5, "unknown"),
    ("Soldiers opened fire on protesters in Bamako, killing three policemen by mistake.", K, 3, "police"),
    ("Soldiers opened fire on protesters in Bamako, killing two journalists.", K, 2, "journalist"),
    ("Militants ambushed a patrol near the border, killing four civilians.", K, 4, "civilian"),
    ("Gunmen opened fire on worshippers at a mosque, killing nine people.", K, 9, "unknown"),
    ("Nine people were killed in the attack on the mosque.", K, 9, "unknown"),
]


COUNTED_APART = [
    ("A bomber blew himself up at a checkpoint, killing five police officers and a civilian.", K, 5, "police"),
    ("Gunmen killed five police officers and a civilian at a checkpoint.", K, 5, "police"),
    ("Gunmen killed five police officers and a civilian at a checkpoint.", K, 1, "civilian"),
    ("The blast killed three soldiers and a civilian.", K, 3, "military"),
    ("The airstrike killed 14 militants and a shepherd.", K, 14, "militant"),
    ("Gunmen killed four policemen and a passer-by in Peshawar.", K, 4, "police"),
    ("Gunmen killed four policemen and a passer-by in Peshawar.", K, 1, "civilian"),
    ("The explosion wounded seven soldiers and an aid worker.", J, 7, "military"),
    ("The explosion wounded seven soldiers and an aid worker.", J, 1, "aid_worker"),
    ("Two journalists and a soldier were wounded by shrapnel.", J, 2, "journalist"),
    ("Rebels abducted six aid workers and a police officer near Goma.", A, 6, "aid_worker"),
    ("Police arrested 20 protesters and a journalist outside the court.", R, 20, "protester"),
    ("Police arrested 20 protesters and a journalist outside the court.", R, 1, "journalist"),
    # neighbours: the second noun has no count of its own, or a count
    ("Rebels killed 12 soldiers and civilians in the raid.", K, 12, "mixed"),
    ("The blast killed three soldiers and two civilians.", K, 3, "military"),
    ("The blast killed three soldiers and two civilians.", K, 2, "civilian"),
    ("The strike killed six soldiers and one civilian.", K, 6, "military"),
]


OWN_LOSSES = [
    ("Two officers were killed and the attackers lost five of their men.", K, 5, "militant"),
    ("Three soldiers died and the insurgents lost seven of their men.", K, 7, "militant"),
    ("Four villagers were killed and the bandits lost three of their men.", K, 3, "militant"),
    ("Six policemen were killed and the raiders lost four of their men.", K, 4, "militant"),
    ("Three guards died in the raid and the assailants lost two of their men.", K, 2, "militant"),
    ("A soldier was killed and the rebels lost three of their men, the army said.", K, 3, "militant"),
    ("Ten civilians were killed and the jihadists lost eight of their men.", K, 8, "militant"),
    # neighbours: no possessive, an agent who harms, or people of their own kind already
    ("Two officers were killed and the attackers lost five of their fighters.", K, 5, "militant"),
    # (without a possessive too since session 44: the held-out sets' "losing 12 men" of an army)
    ("Two officers were killed and the attackers lost five men.", K, 5, "militant"),
    ("Two officers were killed and the gang killed five of their men.", K, 5, "unknown"),
    ("The protesters said police had killed five of their members.", K, 5, "protester"),
    ("Villagers said troops killed five of their men.", K, 5, "civilian"),
    ("Six policemen were killed and the raiders lost four of their men.", K, 6, "police"),
]


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in ACTED_ON])
def test_bare_figure_takes_the_acts_object(pipeline, text, outcome, low, victims):
    claim = one_claim(pipeline, text, outcome, low, vague=True)
    assert claim.victims == victims


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in OWN_LOSSES])
def test_their_men_after_a_loss_are_the_subjects(pipeline, text, outcome, low, victims):
    claim = one_claim(pipeline, text, outcome, low, vague=True)
    assert claim.victims == victims


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in COUNTED_APART])
def test_one_person_is_counted_apart(pipeline, text, outcome, low, victims):
    claim = one_claim(pipeline, text, outcome, low, vague=True)
    assert claim.victims == victims
