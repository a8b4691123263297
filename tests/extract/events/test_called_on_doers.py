"""The act a party is called on to do is that party's ("called on police to arrest the
gunmen": police arrest; ``finder.ActorFinder.subject`` reads the object of "on"/"upon" of
the governing verb as the doer of its infinitive, as it reads the object of "urged X to").
Not the caller's own act; a party asked with no "on" keeps the usual reading. A tensed verb
the parser joined to the infinitive ("called on both sides to show restraint and offered to
mediate") is the caller's (``targets.coordinated_head``). Made-up probes, not taken from any
data set."""

from __future__ import annotations

import pytest

import sitrep

# (text, PLOVER type of the act asked for, the party asked, the caller)
ASKED = [
    ("The widow called on police to arrest the gunmen.", "COERCE", "police", "widow"),
    ("The UN called on the army to release the detained journalists.", "RETREAT", "army",
     "UN"),
    ("Relatives called on the government to free the hostages.", "RETREAT", "government",
     "Relatives"),
    ("Lawmakers urged police to arrest the gunmen.", "COERCE", "police", "Lawmakers"),
    ("The bishop called upon the rebels to release the kidnapped priests.", "RETREAT",
     "rebels", "bishop"),
]


@pytest.mark.parametrize(("text", "plover", "asked", "caller"), ASKED)
def test_the_party_called_on_does_the_act_asked(pipeline, text: str, plover: str, asked: str,
                                                caller: str) -> None:
    found = [e for e in sitrep.process_text(text).events if e.plover_type == plover]
    assert found, [(e.plover_type, e.trigger.text) for e in sitrep.process_text(text).events]
    actors = [a.text for a in found[0].actors]
    assert any(asked in a for a in actors), actors
    assert not any(caller in a for a in actors), actors


# (text, trigger of the caller's own second act, the caller, the party called on)
OWN = [
    ("The African Union called on both countries to exercise restraint and offered to send "
     "envoys.", "offered", "African Union", "countries"),
    ("The foreign ministry urged both sides to show restraint and offered to host talks in "
     "Moscow.", "offered", "ministry", "sides"),
    ("ECOWAS called on the two governments to end the dispute and offered to mediate.",
     "offered", "ECOWAS", "governments"),
]


@pytest.mark.parametrize(("text", "trigger", "caller", "asked"), OWN)
def test_a_tensed_verb_after_the_infinitive_is_the_callers(pipeline, text: str, trigger: str,
                                                          caller: str, asked: str) -> None:
    found = [e for e in sitrep.process_text(text).events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in sitrep.process_text(text).events]
    actors = [a.text for a in found[0].actors]
    assert any(caller in a for a in actors), actors
    assert not any(asked in a for a in actors), actors
