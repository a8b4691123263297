"""Made-up probes for session 43 (issue 19: victims of casualty claims on unseen text), with
neighbours that must keep what they had.

1. One man of no role who died, was hurt, went missing or was taken stays unknown, as the dev
gold codes "a man accused of ... died" and "a 55-year-old man is dead" (the guidelines'
unknown: "just people, persons"; the held-out writers of sessions 40-42 chose civilian, and the
lead kept the dev gold's convention); a man of a role and a woman keep their kind.

2. People harmed or arrested by the force used on a protest are protesters also when the
parser reads the protest otherwise: "fired at students marching on parliament" (the students
the subject of the gerund), "broke up a sit-in" (the hyphened noun split in three tokens),
"broke up a march" (the noun read as an adverbial); "N of them" so; men of no role (since
session 45, even shown killed), a bare figure and "people" stay unknown (as the dev gold leaves "dozens wounded" after fire on
protesters), and fire on anything else or a figure with no protest says nothing.

3. Trades and forces: gendarmes are military (the dev gold; a military force), guards and
security guards of no force are civilians (s38, s40, s41; "border guards" stay military),
customs officers civilians; a bare figure after an act on a vehicle carrying people of a kind
is of that kind ("hit a minibus carrying wedding guests, killing nine"); the country of a
state force the sentence names goes to victims of either state kind ("an Algerian army
patrol ... four gendarmes").

Each row: (text, outcome, low figure, victims).
"""

from __future__ import annotations

import pytest

from samples import one_claim

K, J, A, R, M = "killed", "injured", "abducted", "arrested", "missing"

ONE_MAN = [
    ("A man died when his house collapsed in the storm.", K, 1, "unknown"),
    ("One man drowned when the ferry capsized near the island.", K, 1, "unknown"),
    ("An elderly man died in the fire, the mayor said.", K, 1, "unknown"),
    ("A 63-year-old man was hospitalised with burns after the blast.", J, 1, "unknown"),
    ("A man was wounded by a stray bullet in the market.", J, 1, "unknown"),
    ("One man is missing after the landslide, rescuers said.", M, 1, "unknown"),
    # neighbours: an arrest, one of a group, several men, a man of a role, a woman
    ("A 24-year-old man was arrested at the scene, police said.", R, 1, "unknown"),
    ("Two men died in the clashes, a hospital official said.", K, 2, "unknown"),
    ("A soldier died when his vehicle hit a mine.", K, 1, "military"),
    ("A woman died when her house collapsed in the storm.", K, 1, "civilian"),
]

PROTESTS = [
    ("Police fired live rounds at workers marching on the ministry, killing three and injuring "
     "more than 20, a union said.", K, 3, "unknown"),
    ("Police fired live rounds at workers marching on the ministry, killing three and injuring "
     "more than 20, a union said.", J, 20, "unknown"),
    # men of no role stay unknown (session 45), even shot at a protest
    ("Troops opened fire on demonstrators in the capital, killing two men, witnesses said.",
     K, 2, "unknown"),
    ("Police broke up a sit-in by teachers outside the ministry and arrested 25 of them.",
     R, 25, "protester"),
    ("Police broke up a march by nurses and detained 20 of them.", R, 20, "protester"),
    ("Police broke up a sit-in by traders and took 18 of them into custody, the union said.",
     R, 18, "protester"),
    # neighbours: "people", fire on a convoy, a meeting, arrests with no protest
    ("Riot police charged the demonstrators in the capital, injuring 14 people.", J, 14, "unknown"),
    ("Troops fired on a convoy near the border, killing four people.", K, 4, "unknown"),
    ("Police raided a meeting of traders and detained 12 of them.", R, 12, "civilian"),
    ("Police raided the market and detained 40, officials said.", R, 40, "unknown"),
]


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in ONE_MAN])
def test_one_man_of_no_role_stays_unknown(pipeline, text, outcome, low, victims):
    claim = one_claim(pipeline, text, outcome, low)
    assert claim.victims == victims


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in PROTESTS])
def test_force_on_a_protest_harms_protesters(pipeline, text, outcome, low, victims):
    claim = one_claim(pipeline, text, outcome, low)
    assert claim.victims == victims


TRADES = [
    ("Militants attacked a gendarmerie post, killing a gendarme.", K, 1, "military", None),
    ("Jihadists ambushed a Burkinabe army unit, killing 14 gendarmes.", K, 14, "military", "BFA"),
    ("Gunmen hacked a security guard to death outside the bank.", K, 1, "civilian", None),
    ("Three guards were killed when inmates escaped from the prison.", K, 3, "civilian", None),
    ("Smugglers shot dead a customs officer at the port.", K, 1, "civilian", None),
    ("A bomb hit a bus carrying pilgrims, killing 14 and wounding 20.", K, 14, "civilian", None),
    ("A mine struck a minibus carrying farm workers, killing six.", K, 6, "civilian", None),
    # neighbours: border guards, a convoy carrying soldiers, a truck carrying goods
    ("Three Tajik border guards were killed in the clash.", K, 3, "military", "TJK"),
    ("Militants ambushed a convoy carrying soldiers, killing seven.", K, 7, "military", None),
    ("A bomb hit a truck carrying supplies, killing six.", K, 6, "unknown", None),
]


@pytest.mark.parametrize(("text", "outcome", "low", "victims", "side"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in TRADES])
def test_trades_forces_and_carried_people(pipeline, text, outcome, low, victims, side):
    claim = one_claim(pipeline, text, outcome, low)
    assert claim.victims == victims
    if side is not None:
        assert claim.side == side
