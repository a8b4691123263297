"""A media outlet suspended, closed, shut down or blocked by an authority is censorship
(COERCE/censor), as the held-out sets code it, not a SANCTION or a blockade by protesters
(senses/speech.py ``media_silenced``, the trigger need ``@media``): by any verb of the family
(suspend, shut down, close, block) or noun (suspension, closure), of an outlet named by a
media word, its broadcasts or licence, or a name with a media word. Near neighbours: talks,
aid, a strike or a shop suspended or closed, a road blocked, and an outlet that suspends its
own programmes keep their reading (no censorship). Made-up probes."""

from __future__ import annotations

import pytest

from samples import article_events, kinds

SILENCED: list[tuple[str, str]] = [  # (text, trigger word)
    ("The media regulator suspended the broadcasts of the channel Sahel Vision for one month.",
     "suspended"),
    ("The junta ordered the suspension of two radio stations in the north.", "suspension"),
    ("Authorities shut down the opposition newspaper on Monday.", "shut"),
    ("The government blocked access to the news website on Tuesday.", "blocked"),
    ("The information ministry closed three private television stations.", "closed"),
    ("The ministry suspended the licence of the radio station Kalangou FM.", "suspended"),
    ("The military council ordered the closure of two independent newspapers.", "closure"),
    ("The interior ministry suspended a popular online news portal for a week.", "suspended"),
    ("Officials shut down two community radio stations in the east.", "shut"),
    ("Regulators blocked the websites of three exiled broadcasters.", "blocked"),
    ("The authorities suspended the accreditation of the network on Sunday.", "suspended"),
]
# (text, trigger word, the type it keeps, or None: no event of that trigger)
KEPT: list[tuple[str, str, str | None]] = [
    ("Police closed the shop on Monday.", "closed", None),
    ("The government suspended the talks with the rebels.", "suspended", "SANCTION"),
    ("The EU suspended aid to the government.", "suspended", "SANCTION"),
    ("Protesters blocked the road to the airport.", "blocked", "PROTEST"),
    ("The council ordered the closure of the market.", "closure", None),
    ("The union suspended the strike on Friday.", "suspended", "SANCTION"),
    ("The school closed its gates early on Friday.", "closed", None),
]


@pytest.fixture(scope="module")
def events_of(pipeline):
    return lambda text: article_events(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"),
                         [pytest.param(*row, id=f"silenced-{k:02d}")
                          for k, row in enumerate(SILENCED)])
def test_media_silenced_is_censorship(events_of, text: str, trigger: str) -> None:
    events = events_of(text)
    found = [e for e in events if trigger in e.trigger.text]
    assert found, kinds(events)
    assert (found[0].plover_type, found[0].plover_mode) == ("COERCE", "censor"), kinds(events)


@pytest.mark.parametrize(("text", "trigger", "plover"),
                         [pytest.param(*row, id=f"kept-{k:02d}") for k, row in enumerate(KEPT)])
def test_other_things_suspended_keep_their_reading(events_of, text: str, trigger: str,
                                                   plover: str | None) -> None:
    events = events_of(text)
    found = [e.plover_type for e in events if trigger in e.trigger.text]
    assert found == ([plover] if plover else []), kinds(events)
