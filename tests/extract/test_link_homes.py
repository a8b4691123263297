"""Made-up probes (not copied from any data set): a state or country that modifies a noun of
people ("a Michigan man", "a Utah police officer") names someone's home or force. Under a
dateline it gives way to the dateline's town ("MILWAUKEE — A Michigan man was wounded": in
Milwaukee), and beside another place of the sentence it gives way to that place ("An Iowa woman
was wounded in Omaha"). Neighbours: with no dateline and no other place it still places the act;
a town that so modifies a noun of people ("a Chicago man was shot") stays where it is all there
is (local news names victims so, and the town is often where it happened; under a dateline it
now gives way: ``test_link_town_homes``); a dateline story that states the place; a home
written with "from" (already an origin)."""

from __future__ import annotations

import pytest

from samples import event_places

# (text, where the violence is placed, the home that must not place it)
MOVED = [
    ("MILWAUKEE — A Michigan man was wounded in a shooting on Saturday.", "Milwaukee",
     "Michigan"),
    ("DENVER — A Texas woman was shot outside a bar on Friday night.", "Denver", "Texas"),
    ("TOPEKA, Kan. — A Missouri teen was stabbed at a party on Saturday.", "Topeka",
     "Missouri"),
    ("FRESNO, Calif. — An Oregon trucker was shot at a rest stop on Monday.", "Fresno",
     "Oregon"),
    ("TULSA, Okla. — A Kansas student was shot near a campus on Friday.", "Tulsa", "Kansas"),
    ("SAVANNAH, Ga. — A Florida man was shot during a robbery on Saturday.", "Savannah",
     "Florida"),
    ("OMAHA, Neb. — An Iowa woman was wounded in a shooting on Sunday.", "Omaha", "Iowa"),
    ("RENO, Nev. — A California tourist was wounded in a shooting on Tuesday.", "Reno",
     "California"),
    ("ERIE, Pa. — An Ohio man was shot outside a nightclub on Saturday.", "Erie", "Ohio"),
    ("TOLEDO, Ohio — A Michigan teenager was shot at a gas station on Monday.", "Toledo",
     "Michigan"),
    ("An Iowa woman was wounded in a shooting in Omaha on Sunday.", "Omaha", "Iowa"),
]
KEPT = [
    ("A Michigan man was wounded in a shooting on Saturday.", "Michigan"),
    ("A Texas woman was shot outside a bar on Friday night.", "Texas"),
    ("A Chicago man was shot on Sunday.", "Chicago"),
    ("A Denver police officer was shot during a traffic stop on Sunday.", "Denver"),
    ("MILWAUKEE — A man was wounded in a shooting in Kenosha on Saturday.", "Kenosha"),
    ("DENVER — A woman was shot outside a bar in Aurora on Friday night.", "Aurora"),
    ("GARY, Ind. — A man was shot and killed on Sunday, police said.", "Gary"),
    ("TULSA, Okla. — A student was shot near a campus in Norman on Friday.", "Norman"),
    ("OMAHA, Neb. — A woman from Council Bluffs was wounded in a shooting on Sunday.", "Omaha"),
    ("SAVANNAH, Ga. — Police in Savannah said a man was shot during a robbery on Saturday.",
     "Savannah"),
]


@pytest.mark.parametrize(("text", "town", "home"), MOVED, ids=[t[:50] for t, _, _ in MOVED])
def test_a_persons_home_gives_way_to_the_dateline_or_a_stated_place(pipeline, text, town,
                                                                   home):
    towns = event_places(pipeline, text, ("ASSAULT",))
    assert town in towns
    assert home not in towns


@pytest.mark.parametrize(("text", "town"), KEPT, ids=[t[:50] for t, _ in KEPT])
def test_a_home_alone_or_a_stated_place_still_places_the_act(pipeline, text, town):
    assert town in event_places(pipeline, text, ("ASSAULT",))
