"""Made-up probes of an earlier act told at the story's own scene as "the same" place ("In 2019,
two inmates were killed in a riot at the same prison": ``nations.same_scene``): it is no act
recalled from elsewhere, so it keeps the story's town (the dateline's). Neighbours: an earlier
act recalled with no such words, which has no place, "the same day" or "the same way", and an
act beside a sentencing "at the same court" that happened elsewhere."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
SAME = [
    ("TEPIC, Mexico — Four inmates died in a riot at the state prison on Monday. In 2019, a "
     "guard was wounded in a fight at the same prison.", "ASSAULT", "wounded", ["Tepic"]),
    ("VALLEDUPAR, Colombia — Inmates rioted at the city's prison on Monday. In 2019, a riot "
     "in the same cell blocks left two inmates dead.", "PROTEST", "riot", ["Valledupar"]),
]
NEIGHBOURS = [
    ("TEPIC, Mexico — Four inmates died in a riot at the state prison on Monday. In 2019, a "
     "guard was wounded in a fight at another prison.", "ASSAULT", "wounded", []),
    ("TEPIC, Mexico — Four inmates died in a riot at the state prison on Monday. In 2019, a "
     "guard was wounded on the same day as a riot broke out.", "ASSAULT", "wounded", []),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), SAME + NEIGHBOURS)
def test_an_earlier_act_at_the_same_place_keeps_the_scene(pipeline, text, kind, trigger,
                                                          places):
    assert trigger_places(pipeline, text, kind, trigger, dt.date(2025, 3, 4)) == places
