"""Made-up probes (not copied from any data set): names of towns that name something else.

A vehicle's make or model ("a Dodge Durango", "a Lincoln Navigator", "his Tahoe", "a white
Tacoma") and a surname after a person's title ("Sgt. Warren", "Lt. Camden", "Chief Orlando") are
no places, neither as place records nor as an event's place. Neighbours: the same names as
places ("fled toward Durango", "a Colorado man", "shot in Montana", "her native Colorado"), a
title's town written before it ("Camden police"), a country after a title.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, the name that must not be a place)
NOT_PLACES = [
    ("Deputies said the suspect drove off in a Lincoln Navigator after he shot the man.",
     "Lincoln"),
    ("The gunman shot the driver of a Lincoln Town Car and fled, police said.", "Lincoln"),
    ("He was shot through the window of his Yukon on Sunday.", "Yukon"),
    ("A man in a white Tacoma opened fire on the crowd, witnesses said.", "Tacoma"),
    ("A woman was shot in her Santa Fe at a gas station, police said.", "Santa Fe"),
    ("The suspect fled in a blue Malibu, police said.", "Malibu"),
    ("A trucker was shot while he sat in a parked Chevy Sierra near the depot.", "Sierra"),
    ("Police towed a burned Mercury Montego from the lot after the shooting.", "Mercury"),
    ("Sgt. Warren fired two shots at the driver in the parking lot, the sheriff said.",
     "Warren"),
    ("Lt. Camden said two men were arrested.", "Camden"),
    ("Chief Orlando told reporters that the gunman fled.", "Orlando"),
    ("Ofc. Denton was wounded in the hand during the raid, police said.", "Denton"),
    ("An officer was shot in the Bronx early Saturday, police said. As backup units arrived "
     "the officers engaged in a gunfight during which Police Officer Stuart was struck in the "
     "right foot.", "Police"),
    ("Officers were shot at in Newark, police said. In the gunfight that followed Police "
     "Sergeant Lee was struck in the arm.", "Police"),
    ("Man wounded in Feltonville\n\nA man was shot twice in the city's Feltonville section on "
     "Sunday night, police said.", "Feltonville"),
]
# (text, the name that stays a place)
PLACES = [
    ("The gunman fled toward Durango after the shooting, police said.", "Durango"),
    ("A man was shot in Montana on Friday, troopers said.", "Montana"),
    ("Protesters marched in Tacoma on Saturday.", "Tacoma"),
    ("A Colorado man was shot in Pueblo on Sunday.", "Pueblo"),
    ("Camden police said two men were arrested on Friday.", "Camden"),
    ("A man was shot outside a bar in Lincoln, Neb., on Sunday.", "Lincoln"),
    ("Officers in Warren said a man was shot on Monday.", "Warren"),
    ("A car dealer in Malibu was robbed at gunpoint on Monday.", "Malibu"),
    ("The police said Houston Police Officer Ruiz was shot in Houston on Friday.", "Houston"),
    ("A man was shot twice in the city's Hunting Park section on Sunday night, police said.",
     "Hunting Park"),
]


def _process(pipeline, text: str):
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2016, 1, 20),
                      source="probe", language="en", origin="probe")
    return pipeline.process(article)


@pytest.mark.parametrize(("text", "name"), NOT_PLACES, ids=[t[:50] for t, _ in NOT_PLACES])
def test_a_vehicle_or_a_titled_surname_is_no_place(pipeline, text, name):
    result = _process(pipeline, text)
    assert not any(name in p.evidence.text for p in result.places)
    assert not any(name in p.evidence.text for e in result.events for p in e.places)


@pytest.mark.parametrize(("text", "name"), PLACES, ids=[t[:50] for t, _ in PLACES])
def test_the_same_names_as_places_stay(pipeline, text, name):
    result = _process(pipeline, text)
    assert any(p.name.startswith(name) or name in p.evidence.text for p in result.places)
