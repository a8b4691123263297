"""A charge told with a booking, a holding or a court appearance that is no arrest of its own
is ACCUSE/allege (events/senses/courts/custody.py): "was booked into the county jail on charges
of robbery", "is being held on suspicion of fraud", "will appear in court on Monday on charges of
arson" (the charge is laid: no ``future`` flag from the court date), "have been booked for
attempted murder", "are under investigation for money laundering" (ACCUSE/investigate). An arrest
on suspicion is the arrest alone; a booking with no charge, a hotel booked, a book on a topic and
a company named under investigation as a topic are no charge. Made-up probes, not taken from any
data set."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

CHARGED = [  # (text, mode): one ACCUSE event of the mode, with no future flag
    ("The driver was booked into the Marion County jail on charges of burglary and theft.",
     "allege"),
    ("Troopers booked the woman into the county detention centre on suspicion of drunk driving.",
     "allege"),
    ("A 19-year-old man was lodged in the city jail on a charge of arson.", "allege"),
    ("The teenager is being held on suspicion of stabbing a classmate, officers said.", "allege"),
    ("The three suspects will appear before a magistrate in Durban on Friday on charges of "
     "robbery.", "allege"),
    ("Both brothers are due to appear in court next week on charges of extortion.", "allege"),
    ("The nurse remains in custody on charges of poisoning two patients.", "allege"),
    ("She was held overnight at the station on suspicion of assaulting a bus driver.", "allege"),
    ("The landlord was booked on counts of fraud and forgery, the sheriff's office said.",
     "allege"),
    ("Four youths have been booked for rioting and attempted murder, police said.", "allege"),
    ("The shopkeeper was booked under the Arms Act after a pistol was found in his store.",
     "allege"),
    ("The former mayor is under investigation for embezzlement, prosecutors said.",
     "investigate"),
    ("Two customs officers are under investigation for taking bribes at the port.",
     "investigate"),
    ("The councillor remains under investigation over the misuse of public funds.",
     "investigate"),
    ("Deputies booked him into the jail on suspicion of kidnapping his former partner.",
     "allege"),
]
NOT_CHARGED = [  # (text, type that must not be extracted)
    ("The woman was arrested on suspicion of theft on Sunday.", "ACCUSE"),
    ("Officers detained six men on suspicion of smuggling fuel.", "ACCUSE"),
    ("A judge remanded him in custody on charges of espionage.", "ACCUSE"),
    ("He was booked into the county jail after the crash.", "ACCUSE"),
    ("The resort was booked for the whole summer by a tour company.", "ACCUSE"),
    ("The band has been booked for a concert in Leeds next month.", "ACCUSE"),
    ("She wrote a book on suspicion and trust in small towns.", "ACCUSE"),
    ("Companies under investigation are often suspected of ties to the cartel.", "ACCUSE"),
    ("The festival is held on the charge of the local council every year.", "ACCUSE"),
    ("The meeting was held on Monday in the town hall.", "ACCUSE"),
    ("Tickets can be booked on the website until Friday.", "ACCUSE"),
    ("He has not been held on any charge, his lawyer said.", "ACCUSE"),
    ("A judge ordered the four men held for 60 days on suspicion of smuggling migrants.",
     "ACCUSE"),
    ("The court ordered her held without bail on charges of fraud.", "ACCUSE"),
    ("The driver was arrested and booked into the county jail on suspicion of drunk driving.",
     "ACCUSE"),
    ("Officers detained the man and booked him on charges of burglary.", "ACCUSE"),
]


def _events(text: str, plover: str) -> list[Event]:
    events = sitrep.process_text(text, published="2021-03-02").events
    return [e for e in events if e.plover_type == plover]


@pytest.mark.parametrize("text,mode", CHARGED, ids=[t[:40] for t, _ in CHARGED])
def test_a_charge_told_with_custody_is_an_accusation(pipeline, text: str, mode: str) -> None:
    found = _events(text, "ACCUSE")
    assert len(found) == 1, [e.trigger.text for e in found]
    assert found[0].plover_mode == mode
    assert "future" not in found[0].modes


@pytest.mark.parametrize("text,plover", NOT_CHARGED, ids=[t[:40] for t, _ in NOT_CHARGED])
def test_an_arrest_a_booking_or_a_topic_is_no_charge(pipeline, text: str, plover: str) -> None:
    assert _events(text, plover) == [], [e.trigger.text for e in _events(text, plover)]
