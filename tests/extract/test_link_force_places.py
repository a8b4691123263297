"""Made-up probes (not copied from any data set): a place that modifies a police force or its
members ("Athens police", "the St. Petersburg Police Department", "Houston Police Chief Art
Acevedo", "the Volusia County Sheriff's Office": ``place_roles.of_force``) names the force's
town. Where the act's clause and sentence state no other place and the article has no
dateline, it places the act in that sentence (a force's name used to be read as the subject of "said" and dropped, leaving the act
with no place or with a victim's home from another sentence). Neighbours: a place stated for the
act still wins over the force's town; a state's force under a dateline gives way to the
dateline's town, and so does a force's area that holds the article's town ("the New York Police
Department" in a story about Brooklyn); a locative "police in Dayton" places the act as before."""

from __future__ import annotations

import pytest

from samples import event_places, probe_params

# (text, the name of the place that must place the violence or arrest)
FORCES = [
    (
        "The Greenville Police Department said a woman was shot in the arm Saturday night.",
        "Greenville",
    ),
    ("Houston Police Chief Art Acevedo said a man was shot outside a bar early Sunday.", "Houston"),
    (
        "The Volusia County Sheriff's Office said a hunter was shot in the woods on Wednesday.",
        "Volusia County",
    ),
    ("The Tacoma Police Department arrested three men after a shootout overnight.", "Tacoma"),
    (
        "The Denver Police Department is searching for a gunman who shot a cab driver on Friday.",
        "Denver",
    ),
    (
        "The Marion County Sheriff's Department said a deputy fired at a fleeing driver.",
        "Marion County",
    ),
    (
        "Fresno County sheriff's deputies shot and killed a man who pointed a rifle at them.",
        "Fresno County",
    ),
    (
        "The Lubbock Police Department said a teen was stabbed outside a school on Friday.",
        "Lubbock",
    ),
    (
        "Memphis Police Director Mike Rallings said a man was shot to death outside a store.",
        "Memphis",
    ),
    ("The Omaha Police Department said two men were wounded in a shooting late Saturday.", "Omaha"),
    ("Kenosha police detectives arrested a 19-year-old man who robbed a gas station.", "Kenosha"),
    ("Two Akron officers were injured when a suspect opened fire on them Monday.", "Akron"),
    ("Three Tulsa police officers were wounded in a gunfight early Tuesday.", "Tulsa"),
    (
        "Pueblo County sheriff's deputies arrested a woman who stabbed her neighbor on Sunday.",
        "Pueblo County",
    ),
]
KEPT = [
    ("Chicago police said a man was shot in Evanston on Monday.", "Evanston"),
    ("A man was shot in Tempe on Monday, Phoenix police said.", "Tempe"),
    ("Police in Dayton said a woman was shot on Monday.", "Dayton"),
    (
        "DAYTON, Ohio — Ohio State Highway Patrol troopers said a man was shot during a traffic "
        "stop on Friday.",
        "Dayton",
    ),
    ("FLINT, Mich. — Michigan State Police said a trooper was shot on Friday.", "Flint"),
    ("Mexican police arrested five men in Tijuana on Tuesday.", "Tijuana"),
    ("A Denver police officer was shot during a traffic stop on Sunday.", "Denver"),
    ("MILWAUKEE — Milwaukee police are investigating a shooting that wounded a man.", "Milwaukee"),
    ("A man was shot outside a bar in Toledo on Friday, Toledo police said.", "Toledo"),
    ("Tulsa police said a man was shot near a park in Broken Arrow on Friday.", "Broken Arrow"),
    # the article's town inside the force's area stays the place of the force's report
    (
        "A man was wounded in a shooting in Brooklyn on Sunday. The New York Police Department "
        "said officers shot the gunman.",
        "Brooklyn",
    ),
    (
        "A woman was stabbed in Hibbing on Friday. The Minnesota State Patrol said troopers "
        "arrested a suspect.",
        "Hibbing",
    ),
]



# the place extractor reads the title into the name ("Memphis Police Director")
GAPS = {"Memphis Police Director Mike Rallings said a man was shot to death outside a store."}


@pytest.mark.parametrize(("text", "place"), probe_params({"force": FORCES}, GAPS))
def test_a_forces_town_places_the_act_where_nothing_else_does(pipeline, text, place):
    assert place in event_places(pipeline, text, ("ASSAULT", "COERCE"))


@pytest.mark.parametrize(("text", "place"), KEPT, ids=[t[:50] for t, _ in KEPT])
def test_a_stated_place_or_the_dateline_still_places_the_act(pipeline, text, place):
    placed = event_places(pipeline, text, ("ASSAULT", "COERCE"))
    assert place in placed
    assert len(placed) == 1
