"""An armed group laying down its arms or splitting into factions is a change to the group
(CHANGE_TO_GROUP_ACT; issue 19 item 2, session 38: every inflection of "lay down" and "split
into"). Neighbours: laying down rules, splitting into channels or a clash that goes on keep
other labels. Made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_case_label

PROBES = [
("The rebel commander said his fighters were laying down their arms after two years of war.",
 "CHANGE_TO_GROUP_ACT"),
("The militia laid down its weapons on Friday, its spokesman said.", "CHANGE_TO_GROUP_ACT"),
("Hundreds of insurgents lay down their arms each month under the amnesty, officials say.",
 "CHANGE_TO_GROUP_ACT"),
("The movement will lay down its arms once the new constitution is adopted, its leader said.",
 "CHANGE_TO_GROUP_ACT"),
("The front has laid down its weapons after losing most of its fighters in clashes with the "
 "army.", "CHANGE_TO_GROUP_ACT"),
("The armed group announced it had split into two factions after a dispute over its "
 "leadership.", "CHANGE_TO_GROUP_ACT"),
("The insurgency splits into rival factions as its founders quarrel over money.",
 "CHANGE_TO_GROUP_ACT"),
("The militia has splintered into three groups since its commander died, analysts said.",
 "CHANGE_TO_GROUP_ACT"),
("The rebel alliance is splitting into two wings, one loyal to the old leader.",
 "CHANGE_TO_GROUP_ACT"),
("The jihadist network split into competing camps last year.", "CHANGE_TO_GROUP_ACT"),
("The ministry laid down new rules for arms exports on Monday.", "not CHANGE_TO_GROUP_ACT"),
("The river splits into two channels north of the town.", "not CHANGE_TO_GROUP_ACT"),
("Rebels and soldiers clashed near the border on Sunday, the army said.", "ARMED_CLASH"),
("The two sides signed a peace agreement in the capital on Sunday.", "AGREEMENT"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_group_disarming_or_splitting_is_a_change(text: str, label: str) -> None:
    check_case_label(text, label)
