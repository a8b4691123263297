"""A four-digit street number is no year ("Chiquita Henry, 19, of 1935 Orchard St., was
arrested", "the 1900 block of Pine Avenue"): the number before a street's name or before
"block of" is an address (``dates.addresses``), and the act of the sentence does not take it
as its date. A year before a street's name that a year's word introduces ("in 1935 Orchard
Street was paved", "the 2008 Wall Street crash") and a year before other proper nouns stay
years. Sentences are made up; the story is published on 2021-10-20."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2021-10-20"

ADDRESSES = [
    ("Chiquita Henry, 19, of 1935 Orchard St., was arrested after the fight.", "1935"),
    ("Police said a man shot his neighbor at 2010 Main Street.", "2010"),
    ("Firefighters found a body in the 1900 block of Pine Avenue after the blaze.", "1900"),
    ("Officers arrested a woman at 1987 N. Lincoln Blvd. after a chase.", "1987"),
    ("Deputies detained two men outside 2003 Cedar Lane after a robbery.", "2003"),
    ("A gunman opened fire on a bus at 1999 West Market Road, police said.", "1999"),
    ("John Doe, 34, of 2015 Elm Ave., was charged with assault.", "2015"),
    ("Crews put out a fire that gutted a house on the 1800 block of Oak Drive.", "1800"),
    ("The victim was stabbed near 2011 Lakeview Terrace, officers said.", "2011"),
    ("Protesters gathered outside 1960 Highland Parkway to demand his release.", "1960"),
]
YEARS = [
    ("In 1935 Orchard Street was paved by the city.", "1935"),
    ("The 2008 Wall Street crash cost millions their jobs, he said.", "2008"),
    ("Rebels attacked the base in 1998, killing five soldiers.", "1998"),
    ("The 1998 Supreme Court ruling angered protesters.", "1998"),
    ("The 2009 block grant paid for the school.", "2009"),
    ("Since 1990 Main Street merchants have held a parade.", "1990"),
    ("Police arrested him in 2015 after a raid on his home.", "2015"),
    ("The 1994 genocide killed 800,000 people.", "1994"),
]


def _dates(text: str) -> list[str]:
    result = sitrep.process_text(text, published=PUBLISHED)
    return [d.text for d in result.dates]


@pytest.mark.parametrize("text,number", ADDRESSES)
def test_a_street_number_is_no_year(pipeline, text: str, number: str) -> None:
    result = sitrep.process_text(text, published=PUBLISHED)
    assert number not in [d.text for d in result.dates]
    assert all(e.when is None or number not in e.when.text for e in result.events), [
        (e.plover_type, e.when) for e in result.events]


@pytest.mark.parametrize("text,year", YEARS)
def test_a_year_before_a_proper_noun_stays_a_year(pipeline, text: str, year: str) -> None:
    assert year in _dates(text)
