"""A passive in a simple past with an adverb of an earlier occasion ("he was previously
arrested for theft", "she was once jailed for fraud") recalls an earlier happening, as the
perfect does ("had previously been arrested": ``dated.earlier_occasion``): background, and not
a mention of the story's arrest. Neighbours: the story's own passive ("was arrested on Monday",
"was arrested before the rally", "was arrested minutes before the attack", "was arrested once
police arrived")."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2019-06-12"
LEAD = "Police arrested the man on Monday. "

EARLIER = [
    (LEAD + "He was previously arrested for theft.", "arrested", 1),
    (LEAD + "He was once jailed for fraud.", "jailed", 0),
    ("Police detained the activist on Tuesday. She was previously detained at a protest.",
     "detained", 1),
    ("The rebels seized the town on Monday. The town was once attacked by rebels.",
     "attacked", 0),
    (LEAD + "His brother was formerly imprisoned for robbery.", "imprisoned", 0),
    (LEAD + "He was previously deported to Mexico.", "deported", 0),
    (LEAD + "They were previously detained by the army.", "detained", 0),
    (LEAD + "The shop was once raided by the police.", "raided", 0),
    (LEAD + "He was arrested three times before for assault.", "arrested", 1),
    (LEAD + "The village was formerly bombed by the air force.", "bombed", 0),
    (LEAD + "The journalist was once kidnapped by rebels.", "kidnapped", 0),
    (LEAD + "The leaders were previously expelled from the party.", "expelled", 0),
    (LEAD + "The activists were previously beaten by guards.", "beaten", 0),
]

STORY = [
    ("He was arrested on Monday for theft.", "arrested"),
    ("He was arrested before the rally.", "arrested"),
    ("He was arrested minutes before the attack.", "arrested"),
    ("He was arrested once police arrived.", "arrested"),
    ("The shop was raided by the police on Tuesday.", "raided"),
    ("The journalist was kidnapped by rebels on Sunday.", "kidnapped"),
]


def _events(text: str, trigger: str):
    events = sitrep.process_text(text, PUBLISHED).events
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    return found


@pytest.mark.parametrize("text,trigger,nth", EARLIER)
def test_a_past_passive_of_an_earlier_occasion_is_background(pipeline, text, trigger,
                                                             nth) -> None:
    found = _events(text, trigger)
    assert len(found) > nth and "historical" in found[nth].modes


@pytest.mark.parametrize("text,trigger", STORY)
def test_the_storys_own_passive_is_not_background(pipeline, text, trigger) -> None:
    assert all("historical" not in e.modes for e in _events(text, trigger))
