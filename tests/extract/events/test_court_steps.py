"""Court and police steps (events/senses/courts/steps.py and the trigger table): bail refused
keeps a person in custody (COERCE/arrest, not REJECT); a case ended in the defendant's favour
(acquitted, found not guilty, cleared of the charges, exonerated) is RETREAT with no mode, as
charges dropped; an arraignment is a charge (ACCUSE/allege); an arrest warrant issued is the
arrest ordered (COERCE/arrest, hypothetical); bail or parole revoked and a person sent to jail
are COERCE/arrest (not AID), bail granted RETREAT/release. Near neighbours (denials of charges, refusals of visas, pleas, search
warrants served, convictions) keep their reading. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep


def events_of(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(type, mode, flags) of the events of ``text`` told after a lead sentence that gives none,
    in an article published on 2021-03-01."""
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [(e.plover_type, e.plover_mode, tuple(e.modes)) for e in events]


# (text, the (type, mode) it must have, a type it must not have)
CHANGED = [
    ("A judge denied bail to the three suspects on Tuesday.", ("COERCE", "arrest"), "REJECT"),
    ("The opposition leader was denied bail on Wednesday.", ("COERCE", "arrest"), "REJECT"),
    ("Bail was refused for the two activists on Thursday.", ("COERCE", "arrest"), "REJECT"),
    ("The magistrate rejected her bail application on Friday.", ("COERCE", "arrest"),
     "REJECT"),
    ("The court declined his bail request on Monday.", ("COERCE", "arrest"), "REJECT"),
    ("The judge revoked the rapper's bond on Wednesday.", ("COERCE", "arrest"), None),
    ("His parole was revoked after the assault charge on Monday.", ("COERCE", "arrest"), None),
    ("A federal jury acquitted the former governor on Friday.", ("RETREAT", None), None),
    ("The two soldiers were acquitted of manslaughter on Thursday.", ("RETREAT", None), None),
    ("The blogger was found not guilty of sedition on Monday.", ("RETREAT", None),
     "SANCTION"),
    ("The judge found the journalist innocent on Tuesday.", ("RETREAT", None), "SANCTION"),
    ("The mayor was cleared of all charges on Wednesday.", ("RETREAT", None), None),
    ("The activist was exonerated by an appeals court on Friday.", ("RETREAT", None), None),
    ("The colonel was arraigned on murder charges on Tuesday.", ("ACCUSE", "allege"), None),
    ("A warrant was issued for the mayor on Monday.", ("COERCE", "arrest"), None),
    ("The tribunal issued an arrest warrant for the general on Friday.", ("COERCE", "arrest"),
     None),
    ("The court granted the journalist bail on Thursday.", ("RETREAT", "release"), None),
    ("The judge sent the student to jail on Monday.", ("COERCE", "arrest"), "AID"),
    ("The blogger was sent to prison on Tuesday.", ("COERCE", "arrest"), None),
    ("The court sent the three men back to prison on Friday.", ("COERCE", "arrest"), None),
    ("A judge sent the activist to pretrial detention on Monday.", ("COERCE", "arrest"), "AID"),
]
# (text, a (type, mode) it must keep or None for no event of ``absent``, a type it must not have)
KEPT = [
    ("The minister denied the allegations on Monday.", ("REJECT", None), "COERCE"),
    ("The embassy refused him a visa on Tuesday.", ("REJECT", None), "COERCE"),
    ("The government rejected the rebels' demands on Monday.", ("REJECT", None), "COERCE"),
    ("The senator pleaded not guilty to fraud on Tuesday.", None, "REJECT"),
    ("Police served a search warrant at the house on Monday.", ("COERCE", None), None),
    ("The colonel was found guilty of murder on Friday.", ("SANCTION", "convict"), "RETREAT"),
    ("The grand jury indicted three officers on Monday.", ("ACCUSE", "allege"), None),
    ("He was sentenced to 10 years in prison on Friday.", ("SANCTION", "convict"), None),
    ("The activist was released on bail on Monday.", ("RETREAT", "release"), None),
    ("The skies cleared on Tuesday.", None, "RETREAT"),
    ("Investigators found the car on Tuesday.", None, "RETREAT"),
    ("The charity sent food parcels to the prison on Monday.", ("AID", None), "COERCE"),
    ("The ministry sent inspectors to the prison on Tuesday.", None, "COERCE"),
]


@pytest.mark.parametrize(("text", "wanted", "not_type"), CHANGED)
def test_court_and_police_steps_take_their_type_and_mode(pipeline, text: str,
                                                         wanted: tuple[str, str | None],
                                                         not_type: str | None) -> None:
    found = events_of(text)
    assert wanted in [(t, m) for t, m, _ in found]
    assert not_type not in [t for t, _, _ in found]


def test_an_arrest_warrant_is_the_arrest_ordered_not_done(pipeline) -> None:
    found = events_of("A warrant was issued for the mayor on Monday.")
    assert [f for f in found if f[0] == "COERCE" and "hypothetical" in f[2]]


@pytest.mark.parametrize(("text", "kept", "absent"), KEPT)
def test_denials_pleas_and_verdicts_keep_their_reading(pipeline, text: str,
                                                       kept: tuple[str, str | None] | None,
                                                       absent: str | None) -> None:
    found = events_of(text)
    if kept is not None:
        assert kept[0] in [t for t, _, _ in found]
        if kept[1] is not None:
            assert kept in [(t, m) for t, m, _ in found]
    assert absent not in [t for t, _, _ in found]
