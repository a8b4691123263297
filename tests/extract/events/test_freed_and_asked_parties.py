"""Who a release frees and who a demand asks, on made-up probes: the possessor of a release
with no "of" object is the one freed, a person or a group ("called for the crew's release":
the crew is the recipient, not the actor; ``roles.actors``); the subject of a "that" clause
after a demand is the one asked, also where the parser read the bare verb after it as a noun
("demanded that the minister resign": ``targets.clause_subjects``). A release with an "of"
object keeps its possessor as the one who frees."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

FREED = [
    ("The rights league condemned the arrest and called for Faye's immediate release.", "Faye"),
    ("The foreign ministry lodged a protest and called for the crew's immediate release.",
     "crew"),
    ("The union called for the leaders' release.", "leaders"),
    ("Lawyers demanded the journalists' release on Monday.", "journalists"),
]
ASKED = [
    ("Lawmakers demanded that the security minister resign.", "minister"),
    ("Students demanded that the university rector quit.", "rector"),
    ("Opposition legislators blamed the government for the murders and demanded that the "
     "national security minister resign.", "minister"),
    ("The union demanded that the government restore the fuel subsidy.", "government"),
]


def _of_type(text: str, plover: str) -> Event:
    found = [e for e in sitrep.process_text(text).events if e.plover_type == plover]
    assert found, text
    return found[0]


@pytest.mark.parametrize(("text", "freed"), FREED)
def test_the_possessor_of_a_release_is_the_one_freed(pipeline, text: str, freed: str) -> None:
    event = _of_type(text, "RETREAT")
    assert any(freed in r.text for r in event.recipients), [r.text for r in event.recipients]
    assert not any(freed in a.text for a in event.actors), [a.text for a in event.actors]


def test_a_release_of_someone_keeps_its_possessor_as_the_one_who_frees(pipeline) -> None:
    event = _of_type("Israel's release of 90 prisoners was delayed.", "RETREAT")
    assert any("Israel" in a.text for a in event.actors), [a.text for a in event.actors]
    assert any("prisoners" in r.text for r in event.recipients)


@pytest.mark.parametrize(("text", "asked"), ASKED)
def test_the_subject_of_a_demanded_clause_is_the_one_asked(pipeline, text: str,
                                                           asked: str) -> None:
    event = _of_type(text, "REQUEST")
    assert any(asked in r.text for r in event.recipients), [r.text for r in event.recipients]
