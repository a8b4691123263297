"""The thing an act takes or cancels, owned by "his/her/their", stands for its owner: "Her
licence was revoked" (the doctor named before), "Police confiscated his passport" (the man
charged), as "the doctor's licence" already does; read with the real model on made-up
articles. A thing a physical act strikes stays the target ("their homes were burned"), and a
person owned ("his bodyguard was shot") is the person."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Dr. Ilse Marten lost her appeal on Monday. Her licence was revoked in May.", "revoked",
     [], ["Marten"], [], []),
    ("The brothers Karl and Otto Brenn were charged with fraud. Their accounts were frozen by "
     "the court.", "frozen", ["court"], ["Karl"], [], []),
    ("Anna Pirelli was convicted last year. The board revoked her licence on Tuesday.",
     "revoked", [], ["Pirelli"], [], []),
    ("The minister resigned on Friday. His passport was confiscated by police.", "confiscated",
     ["police"], ["minister"], [], []),
    ("Ali Rahman was detained on Monday. His phone was confiscated.", "confiscated", [],
     ["Rahman"], [], []),
    ("Dr. Paul Weir admitted negligence. His licence was suspended on Friday.", "suspended", [],
     ["Weir"], [], []),
    ("Ivan Petrov was detained at the airport. His laptop was confiscated by customs officers.",
     "confiscated", ["officers"], ["Petrov"], [], []),
    ("Colonel Yusuf Haddad was arrested. His weapons were seized by police.", "seized",
     ["police"], ["Haddad"], [], []),
    ("Victor Lam was charged on Monday. Police confiscated his passport.", "confiscated",
     ["Police"], ["Lam"], [], []),
    ("Carlos Mena was convicted of fraud. His assets were frozen by the court.", "frozen",
     ["court"], ["Mena"], [], []),
    ("Ruth Adler lost the case. Her licence was revoked by the medical board.", "revoked", [],
     ["Adler"], [], []),
    # told as one more, so that the toll is no mention of the attack (corefer's tolls rule)
    ("Gunmen attacked the convoy. Their leader was killed in a separate ambush.", "killed", [],
     ["leader"], [],
     ["Gunmen"]),
]

KEPT = [
    ("Rebels attacked the village. Their homes were also burned.", "burned", [], ["homes"], [],
     []),
    ("The mayor left city hall. His bodyguard was shot outside.", "shot", [], ["bodyguard"], [],
     ["mayor"]),
    ("The doctor's licence was revoked in May.", "revoked", [], ["doctor"], [], []),
    ("Ali Rahman was detained on Monday.", "detained", [], ["Rahman"], [], []),
    ("Judge Rosa Kell was suspended on Monday.", "suspended", [], ["Kell"], [], []),
    ("Pedro Alves was charged with fraud.", "charged", [], ["Alves"], [], []),
    ("Two activists were arrested in Lendo.", "arrested", [], ["activists"], [], []),
    ("Police detained the smuggler's brother.", "detained", ["Police"], ["brother"], [], []),
    ("Rebels shelled the national stadium.", "shelled", ["Rebels"], ["stadium"], [], []),
    ("Mayor Ana Gil resigned on Friday. Her office sought a review of the contract.", "sought",
     [], [], ["Gil"], []),
    ("Police confiscated the passport of the minister.", "confiscated", ["Police"],
     ["minister"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_thing_owned_by_a_pronoun_stands_for_its_owner(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
