"""Background named as a frame, not reported as a happening: a running total counted since an
opening ("330 people had been killed and 3,200 wounded since the conflict erupted", "over 300
people have been arrested since the curfew was imposed": events/eventhood/counts.py) is a
toll, which the casualty claims keep; acts of violence, protest or repression measured by
weeks, months or years ("bowing to weeks of protests and riots": events/eventhood/summaries.py)
are a stretch of many happenings named as background; talks, a truce or a deal named by their
state or by what befalls them ("stalled talks", "the collapse of a truce", "the breakdown of
the talks": events/eventhood/states.py ``lasting_relation``) are a relation that exists, not a
meeting or an agreement made. A toll told with its act or its doers, a short stretch ("two
days of fighting") and a truce signed stay. Made-up probes, not taken from any data set; 16 of
the 18 probes failed before the change."""

from __future__ import annotations

import pytest

from samples import typed_events

FRAMES = [  # (text, trigger word that must give no event of the type, type)
    ("More than 60 people have been detained since the protests started last week.",
     "detained", "COERCE"),
    ("At least 200 civilians have been killed since the offensive began in January.",
     "killed", "ASSAULT"),
    ("Health officials said 330 people had been killed and 3,200 wounded since the conflict "
     "erupted on Saturday.", "", "ASSAULT"),
    ("Some 45 police officers have been injured since the riots broke out.", "injured",
     "ASSAULT"),
    ("Over 300 people have been arrested since the curfew was imposed.", "arrested", "COERCE"),
    ("More than 1,000 homes have been destroyed since the shelling started.", "destroyed",
     "ASSAULT"),
    ("At least 17 protesters have been shot dead since the demonstrations began in October.",
     "shot", "ASSAULT"),
    ("Analysts say the stalled negotiations will not resume soon.", "negotiations", "CONSULT"),
    ("The breakdown of the talks left the city without power.", "talks", "CONSULT"),
    ("The bloodshed follows the collapse in mid-2016 of a truce between the two gangs.",
     "truce", "AGREE"),
    ("The bombing cast a shadow over stalled talks between the government and the rebels.",
     "talks", "CONSULT"),
    ("The fighting marks the end of a two-year truce between the militias.", "truce",
     "AGREE"),
    ("Mediators said the end of the truce had surprised them.", "truce", "AGREE"),
    ("The minister resigned on Friday, bowing to weeks of protests and strikes by teachers.",
     "protests", "PROTEST"),
    ("The minister resigned on Friday, bowing to weeks of protests and strikes by teachers.",
     "strikes", "PROTEST"),
    ("After months of fighting, the army took the town.", "fighting", "ASSAULT"),
    ("Years of raids and arrests have weakened the movement.", "arrests", "COERCE"),
    ("The deal ends two years of clashes between the clans.", "clashes", "ASSAULT"),
]
KEPT = [  # (text, trigger word, type)
    ("Five soldiers were killed on Monday when rebels attacked their convoy.", "killed",
     "ASSAULT"),
    ("Rebels killed five soldiers on Monday.", "killed", "ASSAULT"),
    ("Police have detained 14 people since Monday.", "detained", "COERCE"),
    # (a bare "Forty people have been killed since Monday" is a casualty figure: session 44)
    ("Forty people have been killed in clashes since Monday.", "killed", "ASSAULT"),
    ("The rebels and the army signed a new truce on Friday.", "signed", "AGREE"),
    ("The two gangs agreed a truce in March.", "agreed", "AGREE"),
    ("Troops have killed 30 rebels since the offensive began.", "killed", "ASSAULT"),
    ("The government and the rebels held talks in Oslo on Monday.", "talks", "CONSULT"),
    ("Half of the militia fighters have been disarmed since the peace deal.", "disarmed",
     "RETREAT"),
    ("The demonstration followed two days of fighting in the region.", "fighting", "ASSAULT"),
    ("Protesters rallied for a third week on Sunday.", "rallied", "PROTEST"),
    ("The minister resigned on Friday, bowing to weeks of protests and strikes by teachers.",
     "resigned", "RETREAT"),
]


@pytest.mark.parametrize("text,trigger,plover", FRAMES, ids=[r[0][:40] for r in FRAMES])
def test_totals_and_lasting_relations_are_no_event(pipeline, text: str, trigger: str,
                                                   plover: str) -> None:
    found = typed_events(text)
    assert not [t for t in found if t[0] == plover and trigger in t[1]], found


@pytest.mark.parametrize("text,trigger,plover", KEPT, ids=[r[0][:40] for r in KEPT])
def test_acts_with_doers_and_relations_made_stay(pipeline, text: str, trigger: str,
                                                 plover: str) -> None:
    found = typed_events(text)
    assert any(t[0] == plover and trigger in t[1] for t in found), found
