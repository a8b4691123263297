"""Common wordings of talks and of de-escalation: talks that fill a length of time ("after
eight hours of talks") are talks held, not a topic; speaking by telephone or over a video line
is a call (CONSULT/phone); brokering a truce is a mediation (CONSULT/third-party) by the
broker; a truce, and a ceasefire or an armistice that takes effect or comes into force, is a
RETREAT/ceasefire (also written "cease-fire", which the model splits in three). Neighbours:
talks as the topic of another noun, speaking to reporters or on television, a ceasefire line,
a stock broker, a truce referred to ("in the wake of the truce", "the collapse of a truce") or signed (the
AGREE tells it). Sentences made up for these tests (real model)."""

from __future__ import annotations

import pytest

# (sentence, trigger word, PLOVER type, mode or None where any)
FOUND = [
    ("The accord, signed in Geneva after eight hours of talks, provides for joint patrols.",
     "talks", "CONSULT", None),
    ("After two days of talks, the rebels and the government agreed on a ceasefire.", "talks",
     "CONSULT", None),
    ("The Turkish president spoke by telephone with his Russian counterpart on Monday.",
     "spoke", "CONSULT", "phone"),
    ("The Turkish president spoke with his Russian counterpart by phone on Monday.", "spoke",
     "CONSULT", "phone"),
    # the line's phrase read as a passive's agent, or hung on the party spoken with
    ("The U.S. secretary of state spoke by phone with both foreign ministers.", "spoke",
     "CONSULT", "phone"),
    ("A crisis negotiator spoke with the gunman by phone through the night.", "spoke",
     "CONSULT", "phone"),
    ("The foreign minister spoke by phone with the Omani and Qatari envoys.", "spoke",
     "CONSULT", "phone"),
    ("Qatar brokered a ceasefire between the two militias last week.", "brokered", "CONSULT",
     "third-party"),
    ("Egypt brokered a truce between Hamas and Israel on Sunday.", "brokered", "CONSULT",
     "third-party"),
    ("Egypt brokered a truce between Hamas and Israel on Sunday.", "truce", "RETREAT",
     "ceasefire"),
    ("A 48-hour truce brokered by Turkey began on Monday.", "truce", "RETREAT", "ceasefire"),
    ("The ceasefire took effect at midnight on Sunday.", "ceasefire", "RETREAT", "ceasefire"),
    ("A truce went into effect on Friday morning.", "truce", "RETREAT", "ceasefire"),
    ("The cease-fire came into force at noon.", "cease-fire", "RETREAT", "ceasefire"),
    ("The armistice took effect on Friday.", "armistice", "RETREAT", "ceasefire"),
]
# neighbours: (sentence, PLOVER type that must not be found)
NOT_FOUND = [
    ("Critics questioned the outcome of the talks.", "CONSULT"),
    ("The minister spoke to reporters in Lagos.", "CONSULT"),
    ("The minister spoke on television on Monday.", "CONSULT"),
    ("The coach spoke with the players by the river.", "CONSULT"),
    ("The minister spoke by the fountain with reporters.", "CONSULT"),
    ("The ceasefire line runs along the river.", "RETREAT"),
    ("The broker sold the shares on Monday.", "CONSULT"),
    ("Fighting resumed after the collapse of a truce between the two gangs.", "RETREAT"),
    ("Murders rose again in the wake of the gang truce.", "RETREAT"),
    ("A truce was signed in March by the two governments.", "RETREAT"),
]


@pytest.mark.parametrize("sentence,trigger,plover,mode", FOUND,
                         ids=[r[1] + "-" + str(i) for i, r in enumerate(FOUND)])
def test_a_common_wording_of_talks_or_de_escalation_is_found(
        events_of, sentence: str, trigger: str, plover: str, mode: str | None) -> None:
    events = events_of(sentence)
    found = [e for e in events if e.plover_type == plover and trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text, e.plover_mode) for e in events]
    assert mode is None or found[0].plover_mode == mode, found[0].plover_mode


@pytest.mark.parametrize("sentence,plover", NOT_FOUND,
                         ids=[r[1] + "-" + str(i) for i, r in enumerate(NOT_FOUND)])
def test_the_neighbours_are_no_talks_or_truce(events_of, sentence: str, plover: str) -> None:
    events = events_of(sentence)
    assert not any(e.plover_type == plover for e in events), [
        (e.plover_type, e.trigger.text) for e in events]
