"""A time phrase that belongs to another act a clause names, not to the clause's act.

- A clause with two time phrases, the later written right after a noun that names an act in a
  prepositional phrase ("was arrested Tuesday in connection with an arson last month"): the
  later one is the noun's, however the parser hangs it (``dated.later_noun_time``); the act
  keeps its day and is not background.
- A date written before such a noun as its modifier ("jailed him for the June 2012 attack",
  "arrested a man after last week's shooting") is the noun's (``dated.other_act_time``),
  unless the noun is the frame the act happened in ("killed two rebels in the June 2012
  attack", "arrested a man in last week's raid").

Made-up sentences (published on Thursday 2016-04-28), real model."""

from __future__ import annotations

import pytest

from sitrep.pipeline import process_text

PUBLISHED = "2016-04-28"

OWN_DAY = [
    ("A man was arrested Tuesday in connection with an arson last month.", "COERCE",
     "2016-04-26"),
    ("A woman was sentenced on Friday for a robbery last year.", "SANCTION", "2016-04-22"),
    ("A nurse was charged Wednesday over a poisoning last summer.", "ACCUSE", "2016-04-27"),
    ("Officers arrested a driver on Monday in connection with a crash last month.", "COERCE",
     "2016-04-25"),
    ("A man was jailed on Tuesday for a burglary in January.", "COERCE", "2016-04-26"),
    ("Troops captured a rebel commander Saturday over an ambush last spring.", "COERCE",
     "2016-04-23"),
    ("Two men were detained on Friday in connection with a bombing in February.", "COERCE",
     "2016-04-22"),
    ("A soldier was convicted Wednesday for a killing in 2014.", "SANCTION", "2016-04-27"),
    ("Police arrested a woman Sunday in connection with a fire last month.", "COERCE",
     "2016-04-24"),
    ("A cashier was charged on Tuesday with a theft last year.", "ACCUSE", "2016-04-26"),
    ("Prosecutors indicted a banker Monday over a fraud in 2013.", "ACCUSE", "2016-04-25"),
    ("Police arrested a man on Tuesday after last week's shooting.", "COERCE", "2016-04-26"),
]

NOT_OWN = [
    ("The court jailed a former officer for the June 2012 attack on a convoy.", "COERCE",
     "2012-06"),
    ("Police arrested a man after last week's shooting.", "COERCE", "2016-04"),
]

ITS_OWN = [
    ("A man was arrested last month in connection with an arson.", "COERCE", "2016-03"),
    ("A woman was sentenced last year for a robbery.", "SANCTION", "2015"),
    ("Rebels attacked the town last month.", "ASSAULT", "2016-03"),
    ("The court jailed him in June 2012 for an attack on a convoy.", "COERCE", "2012-06"),
    ("Soldiers killed two rebels in the June 2012 attack on a convoy.", "ASSAULT", "2012-06"),
    ("Police arrested a man in last week's raid.", "COERCE", "2016-04"),
    ("A man was killed as he was leaving a Christmas Eve church service.", "ASSAULT",
     "2015-12-24"),
    ("In nineteen ninety-four Harold Keating was convicted of fraud.", "SANCTION", "1994"),
]


def _first(text: str, plover: str):
    events = [e for e in process_text(text, PUBLISHED).events if e.plover_type == plover]
    assert events, text
    return events[0]


@pytest.mark.parametrize(("text", "plover", "day"), OWN_DAY, ids=[t[:50] for t, _, _ in OWN_DAY])
def test_an_act_keeps_its_own_day_beside_a_time_of_the_act_it_names(text, plover, day) -> None:
    event = _first(text, plover)
    assert not event.historical
    assert event.when is not None and event.when.value == day


@pytest.mark.parametrize(("text", "plover", "other"), NOT_OWN, ids=[t[:50] for t, _, _ in NOT_OWN])
def test_a_date_before_a_noun_of_another_act_does_not_date_the_act(text, plover, other) -> None:
    event = _first(text, plover)
    assert event.when is None or event.when.value != other


@pytest.mark.parametrize(("text", "plover", "value"), ITS_OWN, ids=[t[:50] for t, _, _ in ITS_OWN])
def test_a_time_of_the_act_itself_or_its_frame_still_dates_it(text, plover, value) -> None:
    event = _first(text, plover)
    assert event.when is not None and event.when.value == value
