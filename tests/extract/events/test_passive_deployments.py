"""Probes of deployments told in the passive (issue 15 item 6, session 36): "troops were deployed",
"300 police would be sent, the ministry said": the forces sent are their sender's own, never the
recipients of the MOBILIZE (as "the army deployed troops" never makes the troops recipients);
the sender is the "by" phrase, else the state body or official that announces it, else the
forces themselves. Neighbours: active deployments, other passive acts done to forces ("troops
were attacked", "officers were arrested": the forces stay the recipients), and a speaker who is
no state body ("witnesses said"). All made up."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article, Event

# (sentence, a word of the actor)
CHANGE = [
    ("The Security Ministry announced that 300 police officers would be deployed to escort "
     "buses.", "Ministry"),
    ("Two army battalions would be sent to the region, the defense minister said.", "minister"),
    ("Troops were deployed to the border on Monday.", "Troops"),
    ("Extra police were sent to the city after the riots.", "police"),
    ("The interior ministry said 500 riot police had been deployed in the capital.",
     "ministry"),
    ("Additional soldiers will be sent to the north, the army said.", "army"),
    ("Police reinforcements were dispatched to the port on Friday.", "Police"),
    ("Navy ships were deployed to the gulf last week.", "Navy"),
    ("The government said troops would be sent to guard the oil fields.", "government"),
    ("Hundreds of soldiers were deployed along the highway on Sunday.", "soldiers"),
    ("Two warships have been sent to the strait, the defense ministry said.", "ministry"),
    ("Troops were deployed to the border by the interior ministry.", "ministry"),
    ("Witnesses said soldiers had been deployed in the square.", "soldiers"),
]

# (sentence, PLOVER type, a word of the actor or None, a word of a recipient or None)
KEEP = [
    ("The army deployed troops to the border on Monday.", "MOBILIZE", "army", None),
    ("The ministry sent 300 police officers to the city.", "MOBILIZE", "ministry", None),
    ("Troops were attacked near the border on Monday.", "ASSAULT", None, "Troops"),
    ("Police officers were arrested in the capital, the ministry said.", "COERCE", None,
     "officers"),
    ("Rebels ambushed soldiers near the border on Monday.", "ASSAULT", "Rebels", "soldiers"),
]


def _event(pipeline, text: str, kind: str) -> Event:
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    found = [e for e in result.events if e.plover_type == kind]
    assert found, [(e.plover_type, e.trigger.text) for e in result.events]
    return found[0]


@pytest.mark.parametrize(("text", "actor"), CHANGE)
def test_forces_sent_are_their_senders_own(pipeline, text, actor):
    event = _event(pipeline, text, "MOBILIZE")
    actors = [a.text for a in event.actors]
    assert any(actor in a for a in actors), (actors, event.recipients)
    assert event.recipients == [], (actors, [r.text for r in event.recipients])
    if actor[0].islower() and actor not in {"soldiers", "police"}:  # the announcer, not Witnesses
        assert len(actors) == 1, actors


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), KEEP)
def test_active_deployments_and_acts_done_to_forces_keep_their_reading(pipeline, text, kind,
                                                                        actor, recipient):
    event = _event(pipeline, text, kind)
    actors, recipients = [a.text for a in event.actors], [r.text for r in event.recipients]
    if actor is not None:
        assert any(actor in a for a in actors), (actors, recipients)
    if recipient is not None:
        assert any(recipient in r for r in recipients), (actors, recipients)
    if kind == "MOBILIZE":
        assert recipients == [], recipients
