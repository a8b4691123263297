"""The place or party left by a withdrawal and the one given aid are recipients also when the
parse hangs "from/to" under what is withdrawn or given ("the withdrawal of its troops from
Syria": Syria is left, not the actor; "promised to continue military aid to war-torn
Mozambique") (issue 15 item 6: objects of prepositions, the wrong party as actor); read with
the real model on made-up sentences. "From" under other acts still names their doer ("shelling
from government troops")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Russia completed the withdrawal of its troops from Syria.", "withdrawal", ["Russia"],
     ["Syria"], ["Syria"], []),
    ("Turkey began the withdrawal of its soldiers from Iraq.", "withdrawal", ["Turkey"],
     ["Iraq"], ["Iraq"], []),
    ("The United States speeded up the withdrawal of its forces from Panama.", "withdrawal",
     ["United States"], ["Panama"], ["Panama"], []),
    ("The withdrawal of Russian troops from Moldova was delayed.", "withdrawal", [],
     ["Moldova"], ["Moldova"], []),
    ("France began the withdrawal of its troops from Mali.", "withdrawal", ["France"], ["Mali"],
     ["Mali"], []),
    ("Kenya ordered the withdrawal of its soldiers from Somalia.", "withdrawal", ["Kenya"],
     ["Somalia"], ["Somalia"], []),
    ("Britain announced the withdrawal of its troops from Iraq.", "withdrawal", ["Britain"],
     ["Iraq"], ["Iraq"], []),
    ("The withdrawal from Afghanistan by US forces ended in August.", "withdrawal",
     ["US forces"], ["Afghanistan"], ["Afghanistan"], []),
    ("Canada offered to expand its assistance to Ukraine.", "offered", ["Canada"], ["Ukraine"],
     [], []),
    ("Defence Secretary Anna Berg has promised to continue military aid to war-torn "
     "Mozambique.", "promised", ["Anna Berg"], ["Mozambique"], [], []),
]

KEPT = [
    ("The army withdrew its troops from the border town.", "withdrew", ["army"], [], ["town"],
     ["troops"]),
    ("Villagers faced heavy shelling from government troops.", "shelling", ["troops"],
     ["Villagers"], ["Villagers"], []),
    ("Russia withdrew from the treaty.", "withdrew", ["Russia"], [], [], []),
    ("Japan pledged to increase economic aid.", "pledged", ["Japan"], [], [], []),
    ("The government agreed to provide aid for Romania.", "agreed", ["government"],
     ["Romania"], [], []),
    ("Chad withdrew its soldiers from Mali.", "withdrew", ["Chad"], ["Mali"], ["Mali"],
     ["soldiers"]),
    ("Germany agreed to send humanitarian aid to Sudan.", "agreed", ["Germany"], ["Sudan"], [],
     []),
    ("Japan pledged to increase economic aid to Vietnam.", "pledged", ["Japan"], ["Vietnam"],
     [], []),
    ("Britain has promised to continue military aid to Mozambique.", "promised", ["Britain"],
     ["Mozambique"], [], []),
    ("Egypt promised to end the blockade.", "promised", ["Egypt"], [], [], ["Egypt"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_what_is_left_or_given_to_is_the_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
