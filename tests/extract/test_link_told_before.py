"""Made-up probes (not copied from any data set): an event whose own sentence names no day takes
the day the sentence before it, in the same paragraph, names: a story goes on in the time it has
set ("On Jan. 7, police went to a motel in Joplin. They found a man who had been shot twice.").
Neighbours: the day named in another paragraph does not carry over, and a day the event's own
sentence names wins."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

PUBLISHED = dt.date(2016, 1, 20)

# (text, the day of the last violent event)
CARRIED = [
    ("On December 12, 2015, police were called to a house on Elm Street. They found a man who "
     "had been shot several times.", "2015-12-12"),
    ("Police responded to a bar in Reno on Jan. 3. A man there had been stabbed in the neck.",
     "2016-01-03"),
    ("On Dec. 28, officers went to an apartment in Tulsa. Inside, they found a woman who had "
     "been shot.", "2015-12-28"),
    ("Deputies were sent to a farm near Ames on Jan. 5. A worker had been shot in the leg.",
     "2016-01-05"),
    ("On the night of Jan. 1, neighbours heard an argument in Salem. Moments later a man shot "
     "his brother.", "2016-01-01"),
    ("Firefighters were called to a house in Erie on Dec. 30. They found a man who had been "
     "beaten to death.", "2015-12-30"),
    ("On Jan. 4, troopers stopped a car on a highway near Omaha. The driver opened fire on "
     "them.", "2016-01-04"),
    ("On Dec. 29, guests arrived at a party in Boise. One of them stabbed two men.",
     "2015-12-29"),
    ("A crowd gathered outside a club in Akron on Jan. 2. A gunman fired into the crowd.",
     "2016-01-02"),
    ("On Jan. 7, police went to a motel in Joplin. They found a man who had been shot twice.",
     "2016-01-07"),
]
OWN_OR_NONE = [
    ("Police responded to a bar in Reno on Jan. 3.\n\nA man there had been stabbed in the "
     "neck.", None),
    ("On Dec. 28, officers went to an apartment in Tulsa.\n\nInside, they found a woman who had "
     "been shot.", None),
    ("On Jan. 4, troopers stopped a car on a highway near Omaha.\n\nThe driver opened fire on "
     "them.", None),
    ("On Dec. 29, guests arrived at a party in Boise.\n\nOne of them stabbed two men.", None),
    ("On Jan. 7, police went to a motel in Joplin.\n\nThey found a man who had been shot "
     "twice.", None),
    ("Police responded to a bar in Reno on Jan. 3. A man had been stabbed there on Jan. 2.",
     "2016-01-02"),
    ("On Dec. 28, officers went to an apartment in Tulsa. A woman had been shot there on Dec. "
     "27.", "2015-12-27"),
    ("On Jan. 4, troopers stopped a car near Omaha. The driver had shot a clerk on Jan. 3.",
     "2016-01-03"),
    ("On Dec. 29, guests arrived at a party in Boise. A guest had stabbed a man on Dec. 26.",
     "2015-12-26"),
    ("On Jan. 7, police went to a motel in Joplin. A man had been shot there on Jan. 6.",
     "2016-01-06"),
]


def _last_violent_day(pipeline, text: str) -> str | None:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=PUBLISHED, source="probe",
                      language="en", origin="probe")
    events = [e for e in pipeline.process(article).events if e.plover_type == "ASSAULT"]
    assert events
    last = max(events, key=lambda e: e.trigger.start)
    return last.when.value if last.when is not None else None


@pytest.mark.parametrize(("text", "day"), CARRIED, ids=[t[:50] for t, _ in CARRIED])
def test_an_undated_event_takes_the_day_of_the_sentence_before(pipeline, text, day):
    assert _last_violent_day(pipeline, text) == day


@pytest.mark.parametrize(("text", "day"), OWN_OR_NONE, ids=[t[:50] for t, _ in OWN_OR_NONE])
def test_another_paragraphs_day_does_not_carry_and_an_own_day_wins(pipeline, text, day):
    assert _last_violent_day(pipeline, text) == day
