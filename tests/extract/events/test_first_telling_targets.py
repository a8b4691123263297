"""A happening's targets are the ones its first telling names (``corefer._absorb``), on made-up
articles: a later mention fused into it ("the attack on the army post", "the abduction of the
foreigners") adds no recipients of its own words once the first telling named a party, but
people it names by name still join ("the stabbing of Tom Hale")."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.records import Event

# (article, the party of the first telling, a word only the later mention gives)
FIRST_TOLD = [
    ('Militants killed three soldiers in northern Burkina Faso on Friday, the army said. The '
     'attack on the army post near Djibo lasted two hours.', "soldiers", "army"),
    ('Rebels abducted two aid workers near Goma on Monday, the UN said. The abduction of the '
     'foreigners near the camp was condemned by the agency.', "aid workers", "foreigners"),
]
NAMED_LATER = [
    ('A man was stabbed outside a bar in Leeds late on Sunday, police said. The stabbing of '
     'Tom Hale, 25, was the second in the street this year.', ["Tom Hale"]),
    ('Rebels abducted two aid workers near Goma on Monday, the UN said. The abduction of Marie '
     'Dupont and Jan Berg was condemned by the agency.', ["Marie Dupont", "Jan Berg"]),
]


def _assaults(text: str) -> list[Event]:
    return [e for e in sitrep.process_text(text).events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "first", "later"), FIRST_TOLD)
def test_a_later_mention_adds_no_targets_of_its_own_words(pipeline, text: str, first: str,
                                                          later: str) -> None:
    found = _assaults(text)
    assert len(found) == 1, [(e.trigger.text, [r.text for r in e.recipients]) for e in found]
    words = [r.text for r in found[0].recipients]
    assert any(first in w for w in words), words
    assert not any(later in w.lower() for w in words), words


@pytest.mark.parametrize(("text", "names"), NAMED_LATER)
def test_people_a_later_mention_names_join_the_targets(pipeline, text: str,
                                                       names: list[str]) -> None:
    found = _assaults(text)
    assert len(found) == 1, [(e.trigger.text, [r.text for r in e.recipients]) for e in found]
    words = [r.text for r in found[0].recipients]
    assert all(any(n in w for w in words) for n in names), words
