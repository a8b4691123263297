"""A headline's reduced passive ("Man accused of fraud", "Teen shot near school", "Journalist
detained in Cairo") names the one the act was done to as its subject (issue 15 item 6, passives
read as actives): with no auxiliary and no object of its own, a past verb of an act done to
someone (ASSAULT, COERCE, ACCUSE, SANCTION) whose subject is a bare noun for people, or that the
tagger calls a past participle, has that subject as its recipient, and "by X" as its actor.
Read with the real model on made-up sentences. Neighbours: active clauses with an object, an
act aimed "at/on" someone, a subject with an article, plural subjects in running text and
reciprocal acts keep their subject as the actor, and so does a name (it may well have
done it: "Kowalczyk sued")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Man accused of stealing copper wire from church.", "accused", [], ["Man"], ["Man"], []),
    ("Teen shot near bus station on Friday.", "shot", [], ["Teen"], ["Teen"], []),
    ("Farmer kidnapped near the border.", "kidnapped", [], ["Farmer"], ["Farmer"], []),
    (
        "Journalist detained in Cairo after protest.",
        "detained",
        [],
        ["Journalist"],
        ["Journalist"],
        [],
    ),
    (
        "Activist sentenced to five years for sedition.",
        "sentenced",
        [],
        ["Activist"],
        ["Activist"],
        [],
    ),
    ("Nurse assaulted in hospital parking lot.", "assaulted", [], ["Nurse"], ["Nurse"], []),
    ("Pastor charged with embezzling church funds.", "charged", [], ["Pastor"], ["Pastor"], []),
    ("Student arrested over threatening posts.", "arrested", [], ["Student"], ["Student"], []),
    ("Guard wounded in attack on bank.", "wounded", [], ["Guard"], ["Guard"], []),
    ("Woman abducted from her home in Kaduna.", "abducted", [], ["Woman"], ["Woman"], []),
    ("Officer suspended after fatal shooting.", "suspended", [], ["Officer"], ["Officer"], []),
    ("Two farmers kidnapped near the border.", "kidnapped", [], ["farmers"], ["farmers"], []),
    (
        "Man accused by neighbours of poisoning dogs.",
        "accused",
        ["neighbours"],
        ["Man"],
        ["Man"],
        [],
    ),
]

KEPT = [
    (
        "Marta Kowalczyk, owner of a bakery in the town, sued, and the case is pending.",
        "sued",
        ["Kowalczyk"],
        [],
        [],
        ["Kowalczyk"],
    ),
    ("Soldiers attacked at dawn near the river.", "attacked", ["Soldiers"], [], [], ["Soldiers"]),
    ("Officer shot at suspect during chase.", "shot", ["Officer"], ["suspect"], [], []),
    ("The man attacked the guard with a knife.", "attacked", ["man"], ["guard"], [], []),
    ("Police arrested the man after a chase.", "arrested", ["Police"], ["man"], [], []),
    ("Protesters clashed near the parliament.", "clashed", ["Protesters"], [], [], ["Protesters"]),
    ("The soldier shot the intruder.", "shot", ["soldier"], ["intruder"], [], []),
    ("Rebels ambushed a convoy near Goma.", "ambushed", ["Rebels"], [], [], ["Rebels"]),
    ("Sergeant fired at the fleeing car.", "fired", ["Sergeant"], [], [], ["Sergeant"]),
    ("Gunman fired on the crowd.", "fired", ["Gunman"], [], [], ["Gunman"]),
    ("The suspect was arrested by police on Friday.", "arrested", ["police"], ["suspect"], [], []),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_headlines_reduced_passive_names_its_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
