"""Court findings and warrants (the trigger table's needs in events/lexicon.py, and
events/modal_cues.py ``authorised``): a jury or a court that finds someone guilty convicts
(SANCTION/convict), also when the parser reads "him guilty" as a small clause; "found (him) not
guilty" is an acquittal, no conviction (RETREAT with no mode, as charges dropped:
events/senses/courts/steps.py); an arrest or a detention that a warrant or an order is
for has not happened (``hypothetical``; one a request asks for is no event at all), while
arrests told as done keep no flag.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

CHANGED = [  # (text, [(type, mode, flags)] of all events)
    ("A warrant was issued for his arrest.", [("COERCE", "arrest", ["hypothetical"])]),
    ("Police issued a warrant for the arrest of the mayor.",
     [("COERCE", "arrest", ["hypothetical"])]),
    ("The court issued a warrant for the detention of the former minister.",
     [("COERCE", "arrest", ["hypothetical"])]),
    ("The ICC issued a warrant for the arrest of the president.",
     [("COERCE", "arrest", ["hypothetical"])]),
    ("A court issued an order for the detention of three activists.",
     [("COERCE", "arrest", ["hypothetical"])]),
    ("The jury found him guilty of murder.", [("SANCTION", "convict", [])]),
    ("A court found the two men guilty of terrorism on Monday.", [("SANCTION", "convict", [])]),
    ("The jury found the officer guilty of manslaughter.", [("SANCTION", "convict", [])]),
    ("He was found not guilty of murder.", [("RETREAT", None, [])]),
    ("The officers were found not guilty.", [("RETREAT", None, [])]),
]
KEPT = [
    ("Police arrested the mayor on Monday.", [("COERCE", "arrest", [])]),
    ("He was found guilty of murder.", [("SANCTION", "convict", [])]),
    ("The tribunal found the former general guilty of war crimes.",
     [("SANCTION", "convict", [])]),
    ("Police called for the arrest of the gunman.", [("REQUEST", None, []),
     ("COERCE", "arrest", ["hypothetical"])]),  # the arrest asked for: not done
    # (eventhood/reported.py ``asked_act``)
    ("The jury found him not guilty.", [("RETREAT", None, [])]),
    ("The jury found the officer not guilty of manslaughter.", [("RETREAT", None, [])]),
    ("The court found the evidence insufficient.", []),
    ("He was sentenced to 10 years in prison.", [("SANCTION", "convict", [])]),
    ("The arrest of the mayor sparked protests.",
     [("COERCE", "arrest", []), ("PROTEST", "demo", [])]),
]


def typed(text: str) -> list[tuple[str, str | None, list[str]]]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [(e.plover_type, e.plover_mode, e.modes) for e in events]


@pytest.mark.parametrize(("text", "expected"), CHANGED)
def test_findings_of_guilt_convict_and_warranted_arrests_are_not_done(
        text: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
    assert typed(text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_arrests_done_and_acquittals_keep_their_reading(
        text: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
    assert typed(text) == expected
