"""Made-up probes for session 39 (issue 19 item 1: victims of casualty claims on unseen text),
written before the change, with neighbours that must keep what they had.

1. "A man", "men" with no role of their own stay `unknown` even when the text shows someone
doing the violence to them ("a mob beat two men to death", "gunmen killed four men", "a man was
stabbed to death"): session 39 made them civilians after the held-out writers of sessions 35-43,
and session 45 took that back, since the dev gold (the guidelines' "just people, persons": "killed
a teenage boy and a young man" -> unknown) holds where the writers and it differ (the lead's
decision of session 43, followed by the s44 and s45 writers). Women and children stay civilians
(dev: "three women lost their lives"), soldiers military; the losing side's own men take the
loser's kind ("the raiders lost five men": militants).

2. A rank that every force has ("commanders", "members", "officers") with the name of an
armed group before it takes the group's kind and name ("two al-Shabaab commanders" ->
militant, al-Shabaab), not the lexicon's kind of the bare rank.

Each row: (text, outcome, low figure, victims).
"""

from __future__ import annotations

import pytest

from samples import one_claim

K, J, A, R, M = "killed", "injured", "abducted", "arrested", "missing"

MEN_HARMED = [
    ("An angry crowd lynched three men suspected of theft in a market town.", K, 3, "unknown"),
    ("Villagers stoned two men to death after accusing them of witchcraft.", K, 2, "unknown"),
    ("Robbers stabbed a man to death outside a bar on Saturday night.", K, 1, "unknown"),
    ("Bandits shot dead five men on a farm road near the border.", K, 5, "unknown"),
    ("Unknown assailants hacked two men to death with machetes.", K, 2, "unknown"),
    ("A gang clubbed a man to death in the suburb, residents said.", K, 1, "unknown"),
    ("A man was stabbed to death in a park on Friday evening.", K, 1, "unknown"),
    ("Two men were shot dead at a petrol station overnight.", K, 2, "unknown"),
    ("A man was hacked to death by a group of youths.", K, 1, "unknown"),
    ("Kidnappers seized two men from a farm and shot them.", A, 2, "unknown"),
    ("Raiders looted the shops and shot dead three men near the well.", K, 3, "unknown"),
    ("Gunmen wounded four men at a roadside tea stall.", J, 4, "unknown"),
    ("A bomb hidden in a cart exploded, killing four men at the cattle market.", K, 4, "unknown"),
    ("The gang robbed the bus and killed two men and a driver.", K, 2, "unknown"),
    # neighbours: no one shown harming them, young men, arrests and losses; their own side,
    # women and soldiers keep a kind
    ("Two men died in the clashes, a hospital official said.", K, 2, "unknown"),
    ("The feud left two men dead last month.", K, 2, "unknown"),
    ("Police found the bodies of three men in a ditch.", K, 3, "unknown"),
    ("Gunmen killed two young men at a checkpoint.", K, 2, "unknown"),
    ("Police arrested two men over the robbery.", R, 2, "unknown"),
    ("Forty men have disappeared since the raid, relatives said.", M, 40, "unknown"),
    ("Two officers were killed and the raiders lost five men.", K, 5, "militant"),
    ("Residents killed two men who tried to rob a shop, police said.", K, 2, "unknown"),
    ("Vigilantes beat to death three men they said had stolen a car.", K, 3, "unknown"),
    ("Gunmen killed four women at a roadside tea stall.", K, 4, "civilian"),
    ("Gunmen killed four people at a roadside tea stall.", K, 4, "unknown"),
    ("Gunmen killed four soldiers at a roadside checkpoint.", K, 4, "military"),
]

GROUP_RANKS = [
    ("An airstrike near Jamaame killed three al-Shabaab commanders.", K, 3, "militant", "al-Shabaab"),
    ("A drone strike killed two Hamas commanders in Rafah.", K, 2, "militant", "Hamas"),
    ("Security forces arrested four Boko Haram commanders near Maiduguri.", R, 4, "militant", "Boko Haram"),
    ("Troops killed five Taliban commanders in a raid.", K, 5, "militant", "Taliban"),
    ("Two Hezbollah commanders were killed in a strike on a car.", K, 2, "militant", "Hezbollah"),
    ("The raid killed six ISIS commanders, the coalition said.", K, 6, "militant", "ISIS"),
    ("Soldiers captured three al-Shabaab members and killed two Shabaab commanders.", K, 2, "militant", None),
    ("An airstrike near Jamaame killed three al Shabaab commanders.", K, 3, "militant", "al Shabaab"),
    ("A US strike killed two al Qaeda commanders in Yemen.", K, 2, "militant", "al Qaeda"),
    ("Troops killed five Islamic State commanders in a raid.", K, 5, "militant", "Islamic State"),
    ("Three Fano commanders were killed in Gondar.", K, 3, "militant", "Fano"),
    ("Police detained four al Shabaab members in Garissa.", R, 4, "militant", "al Shabaab"),
    ("A drone killed an al Qaeda commander near Marib.", K, 1, "militant", "al Qaeda"),
    ("Two Islamic State officers were captured near Raqqa.", R, 2, "militant", "Islamic State"),
    # neighbours: the force's own ranks, and ranks of no named group
    ("Rebels killed three army commanders in an ambush.", K, 3, "military", None),
    ("Three police commanders were wounded in the blast.", J, 3, "police", None),
    ("An ambush killed two commanders and six soldiers.", K, 6, "military", None),
]


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in MEN_HARMED])
def test_men_of_no_role_stay_unknown_when_shown_harmed(pipeline, text, outcome, low, victims):
    claim = one_claim(pipeline, text, outcome, low)
    assert claim.victims == victims


@pytest.mark.parametrize(("text", "outcome", "low", "victims", "side"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in GROUP_RANKS])
def test_a_groups_ranks_take_its_kind(pipeline, text, outcome, low, victims, side):
    claim = one_claim(pipeline, text, outcome, low)
    assert claim.victims == victims
    if side is not None:
        assert (claim.side or "").lower().replace("-", " ") == side.lower().replace("-", " ")
