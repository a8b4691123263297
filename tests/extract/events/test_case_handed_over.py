"""A place handed over, with the place named before the verb and written after it as a pronoun
("began leaving the besieged town, handing it over to government forces") or with words between
the verb and "over" ("handed the base over to"): a non-violent transfer of territory (issue 19
item 2, session 34: ``territory._place_pronoun``, the hand ... over cue). Neighbours: things that
are no place handed over keep their labels. Made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_case_label

PROBES = [
("Under a deal brokered by the elders, rebel fighters began leaving the besieged town on "
 "Monday, handing it over to government forces.", "NON_VIOL_TERRIT_TRANSFER"),
("The militants withdrew from the villages overnight and handed them over to the army under an "
 "agreement.", "NON_VIOL_TERRIT_TRANSFER"),
("After two weeks of talks, the rebels agreed to leave the district and hand it back to the "
 "government.", "NON_VIOL_TERRIT_TRANSFER"),
("The peacekeepers left the camp on Friday and handed it over to the national army.",
 "NON_VIOL_TERRIT_TRANSFER"),
("The militia vacated the airport under the truce, handing it to the police.",
 "NON_VIOL_TERRIT_TRANSFER"),
("Foreign troops handed the base over to local forces in a ceremony on Tuesday.",
 "NON_VIOL_TERRIT_TRANSFER"),
("The rebels evacuated the hilltop positions and handed them over to the monitors.",
 "NON_VIOL_TERRIT_TRANSFER"),
("Under the accord, the fighters quit the border crossing and handed it back to customs "
 "officers.", "NON_VIOL_TERRIT_TRANSFER"),
("Police recovered the stolen car and handed it over to its owner.", "not NON_VIOL_TERRIT_TRANSFER"),
("The minister signed the agreement and handed it to the ambassador.",
 "not NON_VIOL_TERRIT_TRANSFER"),
("Customs officers seized the rifles and handed them over to the army.",
 "not NON_VIOL_TERRIT_TRANSFER"),
("The two sides signed a peace agreement in the capital on Sunday.", "AGREEMENT"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_place_handed_over(text: str, label: str) -> None:
    check_case_label(text, label)
