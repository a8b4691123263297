"""Made-up probes (not copied from any data set): "it" stands for a singular noun naming a body
of people ("the army said it would withdraw"), though not for one person ("the minister said
it would ..."): since the pronoun-animacy change the body's noun, being a word for people, was
refused and the act lost its actor, or the event itself."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

CHANGED = [
    ("The army said it would withdraw its troops from the border.", "withdraw", ["army"], [],
     [], []),
    ("The army said it had arrested four smugglers near the river.", "arrested", ["army"], [],
     [], []),
    ("The army said on Monday that it had shelled rebel positions.", "shelled", ["army"], [],
     [], []),
    ("The police force said it would ban the march.", "ban", ["force"], [], [], []),
    ("The presidential guard said it had detained two officers.", "detained", ["guard"], [],
     [], []),
    ("The family said it would sue the hospital.", "sue", ["family"], [], [], []),
    ("The army said it would free the prisoners on Friday.", "free", ["army"], [], [], []),
    ("The army announced that it had seized the airport.", "seized", ["army"], [], [], []),
    ("The army said it would expel the foreign journalists.", "expel", ["army"], [], [], []),
    ("The army said it was investigating the killings.", "investigating", ["army"], [], [],
     []),
]
KEPT = [
    ("The soldier said it would ban the march.", "ban", [], [], ["soldier"], []),
    ("The general said it would withdraw its troops.", "withdraw", [], [], ["general"], []),
    ("The policeman said it had arrested four smugglers.", "arrested", [], [],
     ["policeman"], []),
    ("Maria Lopez said it would sue the hospital.", "sue", [], [], ["Lopez"], []),
    ("The officer said it would free the prisoners.", "free", [], [], ["officer"], []),
    ("The government said it would expel the ambassador.", "expel", ["government"], [], [],
     []),
    ("The militia said it had attacked the convoy.", "attacked", ["militia"], [], [], []),
    ("The military said it had arrested five men.", "arrested", ["military"], [], [], []),
    ("The ministry said it would ban the rally.", "ban", ["ministry"], [], [], []),
    ("The soldiers said they had seized the airport.", "seized", ["soldiers"], [], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_it_stands_for_a_body_of_people_not_for_one_person(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
