"""Dates that belong to another word than the act they sit beside (``modes.attached_date``,
``dated.another_nouns_date``, ``dated.under_relative``, ``link``): a date written as the
modifier of a noun ("a man was arrested in the March 3, 2017, shooting of a clerk") is the
noun's, even where the parser hangs it on the verb that has the noun as an object; a date in a
relative clause of the act's object ("arrested the men who robbed the bank last year") is that
clause's. Neither makes the arrest background. Neighbours: a date of the act's own ("arrested
in March 2017", "last year police arrested"), a governing year ("in 2016 troops captured"), the
noun's own date (the 2017 stabbing stays background), the date of a clause that tells of the
noun ("the Jan. 12 crash that killed three", "the shooting of a guard which happened in March
2017"), a weekday of the news week in a relative clause ("arrested two men who robbed a bank on
Sunday": the nearest day the story gives)."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2019-06-12"

# the arrest is told in this story; the date before the noun is the noun's
NOUN_DATES = [
    ("A man was arrested in the March 3, 2017, shooting of a clerk.", "arrested"),
    ("Detectives arrested a suspect in the Aug. 9, 2016, robbery of a pharmacy.", "arrested"),
    ("Police have arrested a man in the Feb. 2, 2018, beating of a taxi driver.", "arrested"),
    ("Police arrested a teenager in the Oct. 14, 2017, burglary of a church.", "arrested"),
    ("A woman was arrested in the May 5, 2018, fire that destroyed a mosque.", "arrested"),
    ("Two men were detained in the Sept. 30, 2016, theft of a police rifle.", "detained"),
    ("Police arrested a nurse in the June 1, 2017, death of a patient.", "arrested"),
    ("A driver was arrested in the Jan. 12, 2018, crash that killed three pupils.", "arrested"),
    ("Officers detained a suspect in the Nov. 8, 2015, disappearance of a student.",
     "detained"),
    ("A guard was arrested in the April 2, 2018, escape of two inmates.", "arrested"),
    ("Police arrested a man in the July 4, 2017, stabbing of a soldier.", "arrested"),
    ("Police arrested two teenagers in the December 2017 vandalism of a synagogue.",
     "arrested"),
    ("Investigators arrested a pilot in the March 2016 smuggling of weapons.", "arrested"),
    ("A man was arrested in the Aug. 20, 2017, arson of a school bus.", "arrested"),
    ("Police detained a doctor in the Feb. 14, 2016, poisoning of a journalist.", "detained"),
    ("Police arrested a man in the June 2017 looting of a warehouse.", "arrested"),
]

# the arrest is told in this story; the date is the relative clause's
CLAUSE_DATES = [
    ("Police arrested the men who robbed the bank last year in a raid Monday.", "arrested"),
    ("The army arrested the commander who led the 2015 uprising.", "arrested"),
    ("Authorities deported the activists who staged a protest in 2016.", "deported"),
    ("Interpol arrested a fugitive who escaped from prison three years ago.", "arrested"),
    ("Police arrested a clerk who embezzled funds in 2016.", "arrested"),
    ("Officers detained the driver who smuggled migrants last year.", "detained"),
    ("Police arrested the hacker who stole bank data two years ago.", "arrested"),
    ("Soldiers captured the warlord who founded the militia in 2012.", "captured"),
    ("Authorities extradited a banker who defrauded investors in 2015.", "extradited"),
    ("Police arrested the man who forged the passports last year.", "arrested"),
    ("Police detained a teacher who ran a brothel in 2017.", "detained"),
    ("Troops arrested the officer who commanded the garrison in 2014.", "arrested"),
    ("Police arrested a nurse who sold stolen drugs last year.", "arrested"),
]

# neighbours: the act's own or its governing clause's date, or the noun itself
STILL_BACKGROUND = [
    ("A man was arrested in March 2017 for the shooting of a clerk.", "arrested"),
    ("Two brothers were charged in the bombing of a market on March 3, 2015.", "charged"),
    ("Last year police arrested the men who robbed the bank.", "arrested"),
    ("The men who robbed the bank last year were arrested in 2016.", "arrested"),
    ("In 2016 troops captured the rebels who attacked the convoy.", "captured"),
    ("Police arrested a man in the July 4, 2017, stabbing of a soldier.", "stabbing"),
    ("Police have arrested a man in the Feb. 2, 2018, beating of a taxi driver.", "beating"),
    ("Authorities deported the activists who staged a protest in 2016.", "protest"),
    ("Activists who were arrested last year were freed on Monday.", "arrested"),
    ("Police released a sketch of a man wanted in the killing of a cashier which occurred on "
     "May 2, 2016.", "killing"),
    ("Detectives seek the gunman in the shooting of a guard which happened in March 2017.",
     "shooting"),
]


def _event(text: str, trigger: str):
    events = sitrep.process_text(text, PUBLISHED).events
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize("text,trigger", NOUN_DATES)
def test_a_date_written_before_another_noun_is_not_the_acts(pipeline, text, trigger) -> None:
    event = _event(text, trigger)
    assert "historical" not in event.modes
    assert event.when is None or event.when.value.startswith("2019")


@pytest.mark.parametrize("text,trigger", CLAUSE_DATES)
def test_a_date_in_a_relative_clause_of_the_object_is_not_the_acts(
        pipeline, text, trigger) -> None:
    event = _event(text, trigger)
    assert "historical" not in event.modes
    assert event.when is None or event.when.value.startswith("2019")


@pytest.mark.parametrize("text,trigger", STILL_BACKGROUND)
def test_an_acts_own_or_governing_date_still_makes_it_background(
        pipeline, text, trigger) -> None:
    assert "historical" in _event(text, trigger).modes


def test_a_clause_that_tells_of_the_noun_keeps_its_date(pipeline) -> None:
    event = _event("A driver was arrested in the Jan. 12, 2018, crash that killed three "
                   "pupils.", "killed")
    assert event.when is not None and event.when.value == "2018-01-12"


def test_a_weekday_of_a_relative_clause_still_dates_the_arrest(pipeline) -> None:
    event = _event("Police arrested two men who robbed a bank on Sunday.", "arrested")
    assert event.when is not None and event.when.value == "2019-06-09"
