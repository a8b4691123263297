"""Singular nouns for several people ("the pair", "the couple", "the trio") are participants and
what "they" stands for (issue 15 item 6, pronouns and missing participants), read with the real
model on made-up sentences; "a pair of gunmen", "a group of protesters" stay the people of the
"of" phrase, and other senses ("the ring road", "a pair of shoes") are no participant."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("The couple left the house before they were detained by police.", "detained",
     ["police"], ["couple"], [], []),
    ("Police arrested the pair on Monday.", "arrested", ["Police"], ["pair"], [], []),
    ("The trio broke into a shop before they were arrested by officers.", "arrested",
     ["officers"], ["trio"], [], []),
    ("The couple were attacked by a group.", "attacked", ["group"], ["couple"], [], []),
    ("The crew were kidnapped off the coast.", "kidnapped", [], ["crew"], [], []),
    ("Soldiers detained the couple at the border.", "detained", ["Soldiers"], ["couple"], [],
     []),
    ("A mob beat the man to death.", "beat", ["mob"], ["man"], [], []),
    ("The squad was ambushed near the village.", "ambushed", [], ["squad"], [], []),
    ("The duo were arrested at the airport.", "arrested", [], ["duo"], [], []),
    ("The trio were charged with robbery.", "charged", [], ["trio"], [], []),
]

KEPT = [
    ("The couple were attacked by a group of men.", "attacked", ["men"], ["couple"],
     ["group"], []),
    ("A pair of gunmen attacked the bank.", "attacked", ["gunmen"], [], ["pair"], []),
    ("Police said the man had robbed a shop before he was arrested.", "arrested", [], ["man"],
     [], []),
    ("The band played on while police arrested a protester.", "arrested", ["police"],
     ["protester"], ["band"], ["band"]),
    ("A group of protesters was attacked by police.", "attacked", ["police"], ["protesters"],
     [], ["group"]),
    ("Police arrested the suspects after a pair of shoes was found.", "arrested", ["Police"],
     ["suspects"], [], ["pair"]),
    ("Police detained a couple of suspects near the border.", "detained", ["Police"],
     ["suspects"], [], ["couple"]),
    ("The ring road was closed after police shot a man.", "shot", ["police"], ["man"],
     ["ring"], ["ring"]),
    ("Gunmen kidnapped a group of aid workers.", "kidnapped", ["Gunmen"], ["workers"], [],
     ["group"]),
    ("Gunmen kidnapped the family on Tuesday.", "kidnapped", ["Gunmen"], ["family"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_collective_nouns_of_people_are_participants(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
