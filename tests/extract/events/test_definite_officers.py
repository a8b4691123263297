"""Made-up probes (not copied from any data set): a later mention whose only participant is a
definite description of a person of a state sector ("the officer", "the officers": a noun
WordNet files as a person) refers back to the people told before, as "the victim" does, so the
act told again is one event (``corefer._referring``, ``mentions.people.of_people``).
Neighbours: an institution ("the police", "the army") acts again and again and names a
happening of its own, and so does a person told as more ("a second officer", "another
officer") or placed and dated elsewhere."""

from __future__ import annotations

import pytest

import sitrep

# (text, PLOVER type): one happening, two events before the change
CHANGED = [
    ("A police officer was stabbed in Manchester on Tuesday. The officer was attacked while on "
     "patrol, police said.", "ASSAULT"),
    ("An army officer was detained in Bamako on Monday. The officer was arrested at his home, "
     "the ministry said.", "COERCE"),
    ("A prison officer was stabbed by an inmate in Leeds on Tuesday. The officer was attacked "
     "during a cell search.", "ASSAULT"),
    ("A police officer was shot in Camden on Friday. The officer was hit in the shoulder, the "
     "department said.", "ASSAULT"),
    ("A police officer was arrested in Chicago on Monday. The officer was detained at the "
     "station.", "COERCE"),
    ("An off-duty police officer was stabbed in Luton on Sunday. The officer was attacked near "
     "his home.", "ASSAULT"),
    ("A customs officer was arrested in Dover on Monday. The officer was detained at the port, "
     "the agency said.", "COERCE"),
]
# one happening already one event: stays one
KEPT_ONE = [
    ("Two police officers were shot in Dallas on Monday. The officers were wounded while "
     "serving a warrant.", "ASSAULT"),
    ("Two army officers were detained in Conakry on Friday. The officers were arrested at a "
     "checkpoint.", "COERCE"),
    ("A soldier was shot near Kandahar on Monday. The soldier was wounded while guarding a "
     "checkpoint, officials said.", "ASSAULT"),
]
# two happenings: stay two events
KEPT_TWO = [
    ("A police officer was shot in Camden on Friday. A second officer was shot in Newark on "
     "Saturday.", "ASSAULT"),
    ("Police arrested a man in Chicago on Monday. The police also arrested two women in Gary "
     "on Tuesday.", "COERCE"),
    ("Militants attacked an army base near Gao on Monday. The army shelled militant positions "
     "near Kidal on Wednesday.", "ASSAULT"),
    ("A soldier was shot near Kandahar on Monday. The soldier was wounded in a separate attack "
     "in Herat on Friday.", "ASSAULT"),
    ("A police officer was stabbed in Manchester on Tuesday. Another officer was attacked in "
     "Salford on Wednesday.", "ASSAULT"),
]
CASES = ([pytest.param(t, p, 1, id=f"changed-{k:02d}") for k, (t, p) in enumerate(CHANGED)]
         + [pytest.param(t, p, 1, id=f"kept-one-{k:02d}") for k, (t, p) in enumerate(KEPT_ONE)]
         + [pytest.param(t, p, 2, id=f"kept-two-{k:02d}") for k, (t, p) in enumerate(KEPT_TWO)])


@pytest.mark.parametrize("text,plover,count", CASES)
def test_the_officer_told_again_is_one_happening(pipeline, text: str, plover: str,
                                                 count: int) -> None:
    events = [e for e in sitrep.process_text(text, published="2021-03-10").events
              if e.plover_type == plover]
    assert len(events) == count, [(e.trigger.text, e.evidence.start) for e in events]
