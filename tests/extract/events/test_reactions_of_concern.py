"""An act named by a bare reference as what someone is concerned or upset by, rejects, or calls
something is the act told before, not a new one (events/mentions/reactions.py, joined in
events/corefer.py): "the embassy said it was surprised by the expulsion", "the owners rejected
the suspension", "branded the expulsion a provocation". An act with a target, place or day of
its own ("rejected the suspension of Radio Kaduna on Tuesday") and an article's only mention
of the act stay. Made-up probes, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep

REACTIONS = [  # (article, the act's type): one event of the type
    ("The government expelled two Dutch diplomats on Friday. The Dutch embassy in Accra said "
     "it was surprised by the expulsion.", "SANCTION"),
    ("Militants bombed a bridge near Mosul on Monday. The governor in Erbil described the "
     "bombing as an act of desperation.", "ASSAULT"),
    ("The regulator suspended two radio stations in Kano on Monday. The stations' owners in "
     "Lagos rejected the suspension.", "SANCTION"),
    ("Police detained 30 students in Dhaka on Monday. Their parents in Sylhet were upset by the "
     "arrests.", "COERCE"),
    ("Police detained the cartoonist Omar Saleh in Amman on Sunday. Journalists in Beirut were "
     "angry and frustrated by the detention.", "COERCE"),
    ("The ministry expelled a Russian diplomat on Tuesday. The Russian embassy in Oslo branded "
     "the expulsion a provocation.", "SANCTION"),
    ("Soldiers detained the journalist Amos Kiprono in Eldoret on Monday. The press council in "
     "Nairobi said it was deeply concerned by the detention.", "COERCE"),
    ("Gunmen attacked a clinic in Bunia on Sunday, killing four nurses. The health ministry in "
     "Kinshasa said it was alarmed by the attack.", "ASSAULT"),
]
KEPT = [  # (article, type, number of events of the type)
    ("The Russian embassy in Oslo branded the expulsion of its diplomat a provocation.",
     "SANCTION", 1),
    ("The governor said he was concerned by the attack on a bus in Kandahar on Monday.",
     "ASSAULT", 1),
    ("Rights groups in Maputo rejected the arrest of the union leader Joao Mendes in Beira on "
     "Monday.", "COERCE", 1),
    ("The regulator suspended two radio stations in Kano on Monday. The stations' owners "
     "rejected the suspension of Radio Kaduna on Tuesday.", "COERCE", 2),
    ("Workers called the strike on Monday to press for higher pay.", "PROTEST", 1),
    ("Police detained 30 students in Dhaka on Monday. The students' parents in Sylhet were "
     "worried about the detention of a teacher in Khulna on Sunday.", "COERCE", 2),
]


def _count(text: str, plover: str) -> int:
    events = sitrep.process_text(text, published="2021-03-02").events
    return sum(1 for e in events if e.plover_type == plover)


@pytest.mark.parametrize("text,plover", REACTIONS)
def test_a_bare_reference_reacted_to_is_the_act_told_before(pipeline, text: str,
                                                            plover: str) -> None:
    assert _count(text, plover) == 1


@pytest.mark.parametrize("text,plover,n", KEPT)
def test_an_act_of_its_own_or_the_only_mention_stays(pipeline, text: str, plover: str,
                                                     n: int) -> None:
    assert _count(text, plover) == n
