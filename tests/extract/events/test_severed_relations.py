"""The other party of a relation an act breaks, suspends, refuses or threatens to end is its
recipient: the object of "with" under the relation noun ("threatened to cut ties with X", "a
suspension of flights with X", "refused to hold talks with X", "suspended military cooperation
with X": X, not "military"), issue 15 items 4-5 (participants), read with the real model on
made-up sentences. Reciprocal acts keep both parties as actors ("signed a deal with X", "held
talks with X"), and a "with" that names no party adds none ("with regret", "with the consent of
the defence")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Kenya threatened to cut ties with Somalia.", "threatened", ["Kenya"], ["Somalia"], [],
     []),
    ("Turkey threatened to halt its dialogue with the European Union.", "threatened",
     ["Turkey"], ["European Union"], [], []),
    ("The opposition refused to hold talks with the ruling party.", "refused",
     ["opposition"], ["ruling party"], [], []),
    ("Ghana announced a suspension of flights with Nigeria.", "suspension", ["Ghana"],
     ["Nigeria"], [], []),
    ("Peru suspended military cooperation with Bolivia.", "suspended", ["Peru"], ["Bolivia"],
     [], ["military"]),
    ("Armenia threatened to sever relations with Azerbaijan.", "threatened", ["Armenia"],
     ["Azerbaijan"], [], []),
    ("Israel refused to resume negotiations with the Palestinians.", "refused", ["Israel"],
     ["Palestinians"], [], []),
    ("Morocco threatened to freeze its relations with Algeria.", "threatened", ["Morocco"],
     ["Algeria"], [], []),
    ("Sudan announced the suspension of its contacts with the rebels.", "suspension",
     ["Sudan"], ["rebels"], [], []),
    ("Colombia threatened to end security cooperation with the United States.", "threatened",
     ["Colombia"], ["United States"], [], []),
]

KEPT = [
    ("Egypt severed trade links with Qatar.", "severed", ["Egypt"], ["Qatar"], [], []),
    ("The government suspended talks with the rebels after the bombing.", "suspended",
     ["government"], ["rebels"], [], []),
    ("Kenya signed a trade deal with Somalia.", "signed", ["Kenya", "Somalia"], [], [], []),
    ("The rebels held talks with the government.", "talks", ["rebels", "government"], [], [],
     []),
    ("The government suspended talks on the budget.", "suspended", ["government"], [], [],
     ["budget"]),
    ("Peru rejected the proposal with regret.", "rejected", ["Peru"], [], [], ["regret"]),
    ("The rebels refused to negotiate.", "refused", ["rebels"], [], [], []),
    ("The ministry froze all contacts with the embassy.", "froze", ["ministry"], ["embassy"],
     [], []),
    ("The rebels rejected any dialogue with the army.", "rejected", ["rebels"], ["army"], [],
     []),
    ("The court suspended the trial with the consent of the defence.", "suspended", ["court"],
     [], [], ["consent", "defence"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_the_other_party_of_a_severed_relation_is_the_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
