"""An unknown person coded from the role its article writes with the name (issue 19 item 3,
session 29): the title or role noun right before the name ("the shopkeeper X", "rebel commander
X") or an appositive after it ("X, a local priest,", "X, 34, a teacher in Y,"), not the first
title of the context ("Police said X, a truck driver, ..."); the name itself is no place of the
context ("Sami Nasser" is not a town). Made-up names and sentences; the neighbours (a role not
next to the name, a name with a title in the phrase, a name the context does not hold) keep
their codes."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor

ROLE_IN_CONTEXT = [
    ("Tomas Ferreira", "The shopkeeper Tomas Ferreira said looters took everything.", "", "BUS"),
    ("Marco Bellini", "Marco Bellini, a local priest, led the funeral.", "", "REL"),
    ("Sami Nasser", "The rebel commander Sami Nasser claimed the town.", "", "REB"),
    ("Jonas Berg", "Police said Jonas Berg, a truck driver, was killed in the crash.", "", "CVL"),
    ("Ilse Varga", "Gunmen wounded Ilse Varga, a nurse at the mission hospital.", "", "HLH"),
    ("Dario Mendez", "Soldiers shot dead the farmer Dario Mendez near the border post.", "", "AGR"),
    ("Kemal Aksoy", "Police said Kemal Aksoy, a university lecturer, was detained at home.", "",
     "EDU"),
    ("Ngozi Eze", "Officers arrested Ngozi Eze, a local journalist, outside the court.", "",
     "MED"),
    ("Pavel Sorokin", "The army said Pavel Sorokin, a militant leader, was killed in the raid.",
     "", "REB"),
    ("Rosa Quispe", "Troops detained the teacher Rosa Quispe during the march.", "", "EDU"),
    ("Arjun Pillai", "Police named the suspect as Arjun Pillai, a businessman from the city.", "",
     "BUS"),
    ("Fatou Sarr", "Soldiers questioned Fatou Sarr, a midwife, about the wounded fighters.", "",
     "HLH"),
    ("Tomas Ferreira", "Prime Minister Abe Kato visited Tomas Ferreira, a farmer.", "", "AGR"),
]
NEIGHBOURS = [
    ("Oleg Dashkov", "Oleg Dashkov, Russia's deputy defence minister, visited the front.", "RUS",
     "GOV"),
    ("Amina Yusuf", "Amina Yusuf, a Kenyan lawyer, filed the case in Nairobi.", "KEN", "JUD"),
    ("Interior Minister Kwabena Osei", "Ghana's government announced new curfews in Accra.",
     "GHA", "GOV"),
    ("Opposition lawmaker Ravi Menon", "Ravi Menon, a farmer's son, walked out of the chamber.",
     "", "LEG"),
    ("Tomas Ferreira", "Interior Minister Abe Kato met farmer Tomas Ferreira.", "", "AGR"),
]


@pytest.mark.parametrize(("text", "context", "country", "sector"), ROLE_IN_CONTEXT + NEIGHBOURS)
def test_unknown_person_takes_the_role_written_with_the_name(text: str, context: str,
                                                            country: str, sector: str) -> None:
    assert code_actor(text, context) == (country, sector)
