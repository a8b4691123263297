"""Background told by a governing clause (``modes``): a participle before a noun ("the
arrested activists", "the recently killed leader") shares the time of the clause it is in, and
a background cue of a clause governing that one ("last year", "two years ago") makes its act
background, as for a verb's complement; without a publication date, nothing else dates it. Near
neighbours (the governing clause told in the news period, no cue, or the cue only in a relative
clause of its own) are not background. (Session 43: "the detained activists" names people by
their custody, no detention of its own: ``eventhood/states.py``, ``CUSTODY_STATES``; these
probes use another act's participle.)"""

from __future__ import annotations

import pytest

import sitrep

GOVERNED_BY_THE_PAST = [
    ('The case first emerged last year when the governor said that the recently killed '
     'leader of the gang had run the mines.',
     'killed'),
    ('Two years ago, officials said the arrested activists had been moved to a prison.',
     'arrested'),
    ('The scandal broke last month when police said the arrested officers had taken '
     'bribes.',
     'arrested'),
    ('Last year the court heard that the murdered journalist had received threats.',
     'murdered'),
    ('Last year the police said the beaten protesters had been released.',
     'beaten'),
    ('A decade ago the army said the captured rebels had been moved to a base.',
     'captured'),
    ('A year ago, prosecutors said the arrested mayor had taken bribes.',
     'arrested'),
    ('Years ago the family said the murdered priest had received threats.',
     'murdered'),
    ('Last year the army said the killed militants had planned more raids.',
     'killed'),
    ('Decades ago, witnesses said the captured soldiers were taken to a camp.',
     'captured'),
    ('Two years ago the union said the arrested strikers had been moved to a jail.',
     'arrested'),
]
NOT_GOVERNED_BY_THE_PAST = [
    ('On Monday the court heard that the murdered journalist had received threats.',
     'murdered'),
    ('Officials said the arrested activists had been moved to a prison.',
     'arrested'),
    ('The scandal broke on Tuesday when police said the arrested officers had taken '
     'bribes.',
     'arrested'),
    ('The case emerged this week when the governor said that the recently killed '
     'leader of the gang had run the mines.',
     'killed'),
    ('The police said on Friday the beaten protesters had been released.',
     'beaten'),
    ('The army said on Sunday the captured rebels had been moved to a base.',
     'captured'),
    ('Prosecutors said the arrested mayor had taken bribes.',
     'arrested'),
    ('The family said today the murdered priest had received threats.',
     'murdered'),
    ('The officials, who were appointed last year, said the arrested activists had '
     'been moved to a prison.',
     'arrested'),
    ('The army said the killed militants had planned more raids.',
     'killed'),
    ('Witnesses said the captured soldiers were taken to a camp.',
     'captured'),
]


def _modes(text: str, trigger: str) -> list[str]:
    events = sitrep.process_text(text).events
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found[0].modes


@pytest.mark.parametrize("text,trigger", GOVERNED_BY_THE_PAST)
def test_a_participle_before_a_noun_takes_the_background_of_its_governing_clause(
        pipeline, text: str, trigger: str) -> None:
    assert "historical" in _modes(text, trigger)


@pytest.mark.parametrize("text,trigger", NOT_GOVERNED_BY_THE_PAST)
def test_a_participle_in_a_clause_of_the_news_period_is_not_background(
        pipeline, text: str, trigger: str) -> None:
    assert "historical" not in _modes(text, trigger)
