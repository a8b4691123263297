"""A speaker who holds no power to arrest, ban or expel is not the actor of the arrest, ban or
expulsion the clause they say reports or judges ("Rights groups said the expulsions were
unlawful", "Witnesses said the arrests took place at dawn") (issue 15 item 6: the speaker of a
statement made the actor of the act it reports): for COERCE and SANCTION nouns in a reported
clause, the speaker is the actor only with a state's, an armed group's or an international
body's sector. Read with the real model on made-up sentences. Neighbours: the police, a
ministry, an army or a court reporting its own act keep it."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Rights groups said the expulsions were unlawful.", "expulsions", [], [], ["Rights"], []),
    ("Witnesses said the arrests took place at dawn.", "arrests", [], [], ["Witnesses"], []),
    (
        "Students said the suspension of the dean was unfair.",
        "suspension",
        [],
        ["dean"],
        ["Students"],
        [],
    ),
    (
        "Journalists said the detention of their colleague was arbitrary.",
        "detention",
        [],
        ["colleague"],
        ["Journalists"],
        [],
    ),
    ("Relatives said the arrests were a mistake.", "arrests", [], [], ["Relatives"], []),
    ("Activists said the ban was an attack on free speech.", "ban", [], [], ["Activists"], []),
    ("Residents said the curfew was too strict.", "curfew", [], [], ["Residents"], []),
    ("Lawmakers' wives said the detentions were cruel.", "detentions", [], [], ["wives"], []),
    ("Farmers said the embargo was a disaster for them.", "embargo", [], [], ["Farmers"], []),
    ("Protesters said the arrests began after midnight.", "arrests", [], [], ["Protesters"], []),
    (
        "Teachers said the expulsion of the pupils was unjust.",
        "expulsion",
        [],
        ["pupils"],
        ["Teachers"],
        [],
    ),
    ("Bloggers said the ban on their websites was illegal.", "ban", [], [], ["Bloggers"], []),
    ("Doctors said the blockade was a violation of the law.", "blockade", [], [], ["Doctors"], []),
]

KEPT = [
    ("Police said the arrests took place at dawn.", "arrests", ["Police"], [], [], []),
    ("The ministry said the expulsions were lawful.", "expulsions", ["ministry"], [], [], []),
    ("The army said the curfew was necessary.", "curfew", ["army"], [], [], []),
    ("The court said the ban was legal.", "ban", ["court"], [], [], []),
    ("Neighbours said the raid took place before dawn.", "raid", [], [], ["Neighbours"], []),
    (
        "Relatives said police arrested the student at a checkpoint.",
        "arrested",
        ["police"],
        ["student"],
        ["Relatives"],
        [],
    ),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_a_speaker_without_power_does_not_do_the_act_reported(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
