"""Made-up probes for session 35 (issue 19: victims and side of casualty claims on unseen
text), written before the change, one table per error class, each with neighbours that must
keep what they had:

1. the victims' kind from the noun and its context: a body named by its modifier ("security
   force members", "members of a terrorist group"), people of civilian status (migrants,
   refugees), people shown protesting ("farmers who were blocking a motorway"), arrests made at
   a protest;
2. the side: the country of the force of their kind the sentence names ("attacked an Algerian
   military patrol, wounding four gendarmes"), a demonym on an outcome noun ("Syrian
   refugees"), a bare toll spoken by an office (the governor, police) has none;
3. victims from the context: "their" on counted people ("killed 17 fighters and arrested five
   of their commanders"), a claimant's own colleagues, a competing toll, "respectively" on the
   modifiers of one outcome word, an outcome said of people ("the number of civilians
   killed").

Each row: (text, outcome, low figure or None for a vague one, victims, side). On the code
before session 35, 35 of the 63 rows failed: 12 of 14 kinds, 11 of 13 sides, 12 of 15 from the
context (the 21 neighbours all passed).
"""

from __future__ import annotations

import pytest

from samples import one_claim

K, J, A, R, D = "killed", "injured", "abducted", "arrested", "displaced"

KINDS = [
    ("Eight security force members were killed in Tillaberi.", K, 8, "military", None),
    ("Kenyan police seized nine members of a terrorist cell in Garissa.", R, 9, "militant", None),
    ("Three members of a police unit were wounded in the blast.", J, 3, "police", None),
    ("Six army unit commanders were captured by the rebels.", A, 6, "military", None),
    ("Twenty-two migrants drowned when their dinghy sank near Lesbos.", K, 22, "civilian", None),
    ("About 1,200 evacuees reached the shelters on Sunday.", D, 1200, "civilian", None),
    ("Police detained 40 students who were marching on parliament.", R, 40, "protester", None),
    ("Police rounded up 80 truckers who were blockading the port road.", R, 80, "protester", None),
    ("Riot police arrested 35 workers picketing the port of Durban.", R, 35, "protester", None),
    ("Scores of arrests were made at a march in Lyon.", R, None, "protester", None),
    ("Security forces detained 12 teachers who had occupied the ministry.", R, 12, "protester", None),
    ("Police arrested 30 at the rally in Minsk.", R, 30, "protester", None),
    ("Troops killed six infiltrators along the border, the army said.", K, 6, "militant", None),
    ("Two bodyguards were wounded in the ambush.", J, 2, "civilian", None),
    # neighbours
    ("Police detained 40 students who were beaten by guards.", R, 40, "civilian", None),
    ("Scores of arrests were made at a market in Lyon.", R, None, "unknown", None),
    ("Police arrested 30 at the airport in Minsk.", R, 30, "unknown", None),
    ("Three students were killed during a protest in Dhaka.", K, 3, "civilian", None),
    ("Nine members of the same family were killed.", K, 9, "civilian", None),
    ("Seven members of a drama group were abducted.", A, 7, "unknown", None),
    ("Five members of parliament were detained.", R, 5, "civilian", None),
    ("Thirty casualties were reported.", "casualties", 30, "unknown", None),
]

SIDES = [
    # gendarmes are military as the dev gold codes them (a military force), of the patrol's country
    ("Insurgents fired on a Tunisian army patrol near Kasserine, wounding three gendarmes.", J, 3, "military", "TUN"),
    ("Militants ambushed a Nigerien army convoy near Diffa, killing seven soldiers.", K, 7, "military", "NER"),
    ("Six policemen were wounded when rioters stormed a Kenyan police post.", J, 6, "police", "KEN"),
    ("Jihadists attacked a Malian army base near Menaka, killing nine soldiers.", K, 9, "military", "MLI"),
    ("More than 5,000 Congolese refugees reached Uganda last week.", D, 5000, "civilian", "COD"),
    ("Some 400 Syrian refugees crossed into Turkey on Monday.", D, 400, "civilian", "SYR"),
    ("The toll of Afghan soldiers killed this week rose to 31.", K, 31, "military", "AFG"),
    ("The nephew of defence minister Omar Haddad was killed when a rocket struck his car.", K, 1, "civilian", None),
    ("Houthi fighters advanced into the valley after killing dozens of the tribesmen.", K, None, "civilian", None),
    ("Marchers in Accra said six of their colleagues were detained when troops broke up the rally.", R, 6, "protester", None),
    ("Villagers in Kuje said four of their relatives were killed.", K, 4, "civilian", None),
    ("No one was injured in the blast in Bujumbura, police said.", J, 0, "unknown", None),
    ("The governor said the toll rose to seven after the strike on Marib.", K, 7, "unknown", None),
    # neighbours
    ("Two soldiers were killed when Russian forces shelled the Ukrainian positions near Bakhmut.", K, 2, "military", None),
    ("Nigerian troops killed five soldiers of the rival faction.", K, 5, "military", None),
    ("Four soldiers were killed in the ambush near Gao.", K, 4, "military", None),
    ("The Malian army said three of its soldiers were killed near Gao.", K, 3, "military", "MLI"),
    ("Kyiv says 12 dead in the overnight strikes.", K, 12, "unknown", "UKR"),
    ("The war claimed so many American lives, the State Department said.", K, None, "unknown", "USA"),
    ("The interior ministry said six people were killed in the attacks on Tripoli.", K, 6, "unknown", None),
    ("Three Nigerian soldiers were killed in the ambush, bringing the toll to 40.", K, 40, "unknown", None),
]

CONTEXT = [
    ("Soldiers shot dead 11 ISWAP fighters and arrested four of their commanders near Monguno.", R, 4, "militant", "ISWAP"),
    ("Soldiers captured 12 rebels and shot dead five of their comrades.", K, 5, "militant", None),
    ("Journalists in Caracas said two of their colleagues were detained.", R, 2, "journalist", None),
    ("Striking miners said three of their colleagues were detained in Rustenburg.", R, 3, "civilian", None),
    ("Villagers said 15 Burkinabe soldiers died when their convoy was ambushed near Djibo, while the army put the toll at six.", K, 6, "military", "BFA"),
    ("Nine civilians died in the shelling, and the official toll stood at seven.", K, 7, "civilian", None),
    ("The governor said soldier and civilian deaths had reached 3 and 11 respectively.", K, 3, "military", None),
    ("The governor said soldier and civilian deaths had reached 3 and 11 respectively.", K, 11, "civilian", None),
    ("The attack raised to 37 the number of civilians killed in Ituri since June.", K, 37, "civilian", None),
    ("Officials said the number of Somali soldiers wounded had risen to 14.", J, 14, "military", "SOM"),
    ("The rebels said government troops killed 12 of their fighters.", K, 12, "militant", None),
    ("Eight Pakistani soldiers were killed, while the army put the toll at 60.", K, 60, "unknown", None),
    ("A militant hurled a grenade at a police post in Amritsar. Police arrested him on Friday.", R, 1, "militant", None),
    ("A journalist fled the city after the raid. Police arrested him at the border.", R, 1, "journalist", None),
    ("Rina Akter and six other Jamaat activists were arrested in Chittagong.", R, 1, "civilian", "Jamaat"),
    # neighbours
    ("Militants said five of their fighters were killed in the raid.", K, 5, "militant", None),
    ("Police said two of their officers were wounded.", J, 2, "police", None),
    ("Gunmen killed 17 villagers and abducted five of their children.", A, 5, "civilian", None),
    ("A man was seen near the bank. Police arrested him later.", R, 1, "unknown", None),
    ("Maria Lopez and two children were abducted near Cucuta.", A, 1, "civilian", None),
]


@pytest.mark.parametrize(("text", "outcome", "low", "victims", "side"), [
    pytest.param(*row, id=f"{row[0][:45]}-{row[2]}") for row in KINDS + SIDES + CONTEXT])
def test_victims_and_side_from_the_noun_and_its_context(pipeline, text, outcome, low, victims,
                                                        side):
    claim = one_claim(pipeline, text, outcome, low, vague=True, high=True)
    assert (claim.victims, claim.side.casefold() if claim.side else None) == (
        victims, side.casefold() if side else None)
