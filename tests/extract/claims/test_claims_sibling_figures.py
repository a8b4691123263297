"""Made-up probes for session 39 (issue 19 item 1: victims of casualty claims on unseen text),
written before the change, with neighbours that must keep what they had.

A bare figure coordinated with a figure that counts people ("killing two officers and injuring
11", "four officers were killed and 13 wounded") counts the same kind of people as that figure
*as its own claim reads it*: a rank both forces have is of the one force the sentence names
("a police station": police, not the lexicon's military), and when the figure counts "people"
with a part of another kind ("12 people, including three children"), the bare figure and
"others" are of the people (unknown), not of the part.

Each row: (text, outcome, figure (low, or high when there is no low), victims).
"""

from __future__ import annotations

import pytest

from samples import one_claim

K, J, D = "killed", "injured", "displaced"

SIBLINGS = [
    ("An attacker drove into a police parade, killing two officers and injuring 11.", J, 11, "police"),
    ("A blast at a police station killed four officers and wounded 12.", J, 12, "police"),
    ("Gunmen attacked the police headquarters in Quetta, killing three recruits and injuring 14.", J, 14, "police"),
    ("A gunman attacked a police academy in Karachi, killing five cadets and wounding 17.", J, 17, "police"),
    ("A car bomb outside a police post killed two officers and injured seven.", J, 7, "police"),
    ("Grenades thrown at a police camp killed three trainees and hurt nine.", J, 9, "police"),
    ("Shelling killed 12 people, including three children, and wounded about 40 others.", J, 40, "unknown"),
    ("The raid killed nine people, including two women, and injured 25 others.", J, 25, "unknown"),
    ("Clashes left 30 people dead, among them 6 women, and displaced nearly 5,000.", D, 5000, "unknown"),
    ("The storm killed 14 people, among them five children, and left about 2,000 homeless.", D, 2000, "unknown"),
    # neighbours: the first figure's kind is the lexicon's, or the part is not in the way
    ("A blast tore through a market, killing 11 traders and wounding 30.", J, 30, "civilian"),
    ("A bomb at an army checkpoint killed three officers and wounded eight.", J, 8, "military"),
    ("Raiders attacked an army depot, killing seven guards and wounding three.", J, 3, "military"),
    ("Militants stormed an army training camp, killing nine recruits and injuring 30.", J, 30, "military"),
    ("Shelling killed 12 people, among them three children, and wounded 40.", J, 40, "unknown"),
    ("Shelling killed 12 people, including three children, and wounded about 40 others.", K, 3, "civilian"),
    ("Insurgents ambushed a police convoy, killing six constables and wounding ten.", J, 10, "police"),
    ("The explosion killed eight miners and injured 20 at the pit.", J, 20, "civilian"),
    ("Gunmen killed four soldiers and wounded six others near the base.", J, 6, "military"),
]


@pytest.mark.parametrize(("text", "outcome", "figure", "victims"), [
    pytest.param(*row, id=f"{row[0][:50]}-{row[1]}{row[2]}") for row in SIBLINGS])
def test_a_bare_figure_counts_its_siblings_people(pipeline, text, outcome, figure, victims):
    claim = one_claim(pipeline, text, outcome, figure, high=True)
    assert claim.victims == victims
