"""Made-up probes (not copied from any data set): a town that modifies a noun of people ("a
20-year-old Kenosha man", "two Racine teens") or follows an age with "from" ("a 19-year-old
from Bolton") is the person's home, not where the act happened: at the clause and sentence
levels it gives way to another place of the level and, where it is all there is, to the
dateline's town, as a state so written ("a Michigan man") and a town after "of" already did.
A town after an age and "from" is an origin, as "two men from Leeds" is, and places no act
even alone. Neighbours: with no dateline and no other place the town still places the act (local news
names a victim so, and the town is often where it happened); a dateline story whose person
comes from the dateline's town; a town after "in" stays."""

from __future__ import annotations

import pytest

from samples import event_places

# (text, where the violence is placed, the home that must not place it)
MOVED = [
    ("Police said a 20-year-old Kenosha man was shot near a gas station in Racine on Sunday.",
     "Racine", "Kenosha"),
    ("A 31-year-old Joliet woman was shot and wounded in Aurora on Friday night, police said.",
     "Aurora", "Joliet"),
    ("Two Gary teens were shot outside a store in Hammond on Saturday, officers said.",
     "Hammond", "Gary"),
    ("An Everett man was stabbed during a fight in Lynnwood early Tuesday, police said.",
     "Lynnwood", "Everett"),
    ("MADISON, Wis. — A 22-year-old Janesville man was shot and killed on Saturday night.",
     "Madison", "Janesville"),
    ("SPOKANE, Wash. — Police said a 45-year-old Yakima woman was stabbed on Monday.",
     "Spokane", "Yakima"),
    ("TACOMA, Wash. — An Olympia man was shot in the leg early Sunday, police said.",
     "Tacoma", "Olympia"),
    ("AKRON, Ohio — Police said a Canton teenager was shot outside a bar on Friday.",
     "Akron", "Canton"),
    ("A 19-year-old from Bolton was stabbed outside a nightclub in Wigan on Saturday.",
     "Wigan", "Bolton"),
    ("LEEDS — A 23-year-old from Bradford was stabbed in the chest on Friday night, police "
     "said.", "Leeds", "Bradford"),
    ("A 40-year-old from Salford was shot in Oldham on Sunday, police said.", "Oldham",
     "Salford"),
    ("GARY, Ind. — A Chicago man was shot on Friday night.", "Gary", "Chicago"),
    ("PEORIA, Ill. — A 17-year-old from Pekin was shot and wounded on Thursday, police said.",
     "Peoria", "Pekin"),
]
# (text, the place that must still place the violence)
KEPT = [
    ("Police said a 20-year-old Kenosha man was shot near a gas station on Sunday.", "Kenosha"),
    ("A 31-year-old Milwaukee woman was shot and wounded on Friday night, police said.",
     "Milwaukee"),
    ("Two Cleveland teens were shot outside a store on Saturday, officers said.",
     "Cleveland"),
    ("MADISON, Wis. — A 22-year-old Madison man was shot and killed on Saturday night.",
     "Madison"),
    ("A 19-year-old was stabbed outside a nightclub in Liverpool on Saturday.", "Liverpool"),
    ("LEEDS — A 23-year-old was stabbed in Bradford on Friday night, police said.",
     "Bradford"),
    ("SPOKANE, Wash. — Police said a woman was stabbed in Yakima on Monday.", "Yakima"),
    ("A Kenosha police officer was shot in Kenosha on Sunday.", "Kenosha"),
    ("Police said a man was shot near a gas station in Racine on Sunday.", "Racine"),
    ("LEEDS — A 23-year-old from Leeds was stabbed in the chest on Friday night.", "Leeds"),
]


@pytest.mark.parametrize(("text", "town", "home"), MOVED, ids=[t[:50] for t, _, _ in MOVED])
def test_a_persons_home_town_gives_way_to_the_dateline_or_a_stated_place(pipeline, text,
                                                                         town, home):
    towns = event_places(pipeline, text, ("ASSAULT",))
    assert town in towns
    assert home not in towns


@pytest.mark.parametrize(("text", "town"), KEPT, ids=[t[:50] for t, _ in KEPT])
def test_a_home_town_alone_or_a_stated_town_still_places_the_act(pipeline, text, town):
    assert town in event_places(pipeline, text, ("ASSAULT",))


ORIGIN_ALONE = [
    ("A 19-year-old from Liverpool was stabbed outside a nightclub on Saturday.", "Liverpool"),
    ("A 16-year-old from Glasgow was shot in the arm on Sunday, police said.", "Glasgow"),
    ("Police said two 20-year-olds from Birmingham were stabbed on Friday night.",
     "Birmingham"),
]


@pytest.mark.parametrize(("text", "home"), ORIGIN_ALONE, ids=[t[:50] for t, _ in ORIGIN_ALONE])
def test_an_age_from_a_town_is_an_origin_not_the_place(pipeline, text, home):
    assert home not in event_places(pipeline, text, ("ASSAULT",))
