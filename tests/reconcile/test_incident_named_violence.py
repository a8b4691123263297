"""Made-up probes (not copied from any data set): where an article tells people killed or hurt
and no violence but the one a statement names ("Police were called ... on a report of a
shooting", "condemned the shooting", "demanded answers about the shooting"), that named
violence is the happening the toll is of, and becomes an incident with the toll. Near
neighbours: the same statements with no one hurt, with no toll at all, with a cumulative or
historical toll, with arrests only, and articles that tell the violence themselves stay as they
were. Each article gives its ASSAULT incidents as (killed best, injured best)."""

from __future__ import annotations

import pytest

from samples import assault_tolls

CHANGED = [
    ("Police were called to Oak Street on Sunday on a report of a shooting. Two men had gunshot "
     "wounds.", [(None, 2)]),
    ("Officers were called to a bar in Tulsa on Friday after reports of a shooting. One man was "
     "found dead.", [(1, None)]),
    ("Deputies were called to Pine Road on Saturday on a report of a shooting. A woman was taken "
     "to a hospital with a gunshot wound.", [(None, 1)]),
    ("Police asked residents for help after the shooting on Elm Street on Monday. A man was "
     "found dead inside a car.", [(1, None)]),
    ("The family demanded answers about the shooting in Flint on Wednesday. A 19-year-old man "
     "died.", [(1, None)]),
    ("Police were called to a motel in Reno on Sunday on a report of a shooting. Two guests had "
     "gunshot wounds.", [(None, 2)]),
    ("Officers were called to a park in Toledo on Friday after reports of a shooting. A woman "
     "was found dead.", [(1, None)]),
    ("The pastor condemned the shooting in Erie on Sunday. Two men died at a hospital.",
     [(2, None)]),
    ("Officers were called to a school in Dayton on Tuesday after reports of a shooting. Three "
     "students had gunshot wounds.", [(None, 3)]),
    ("Relatives demanded justice over the shooting in Flint on Saturday. Two teenagers died.",
     [(2, None)]),
    ("Police asked the public for help after the shooting on Cedar Street on Monday. A woman was "
     "found dead in her home.", [(1, None)]),
]
UNCHANGED = [
    ("Police were called to Oak Street on Sunday on a report of a shooting. No one was hurt.", []),
    ("Police were called to Oak Street on Sunday on a report of a shooting.", []),
    ("The mayor condemned the shooting in Gary on Sunday.", []),
    ("The mayor condemned the shooting in Gary on Sunday. The city has seen 40 killings since "
     "January.", []),
    # the reporter's "after the shooting" tells the shooting as fact (GUIDELINES: violence
    # reported as fact is coded; a speech act's own object is not): an incident with no toll
    ("Police asked residents for help after the shooting on Elm Street on Monday.",
     [(None, None)]),
    ("The family demanded answers about the shooting in Flint on Wednesday. The city recorded "
     "12 homicides in 1998.", []),
    ("The mayor condemned the shooting in Gary on Sunday. Three people were arrested.", []),
    ("A gunman shot a man in Erie on Sunday. Police asked residents for help after the "
     "shooting. Two people were wounded.", [(None, 2)]),
    ("A gunman killed two people in Tulsa on Friday. The governor condemned the shooting.",
     [(2, None)]),
    ("Neighbors called police about a shooting on Maple Avenue on Friday. Nobody was injured.",
     [(None, 0)]),
    ("The mayor condemned the shooting in Gary on Sunday. Three people were wounded.",
     [(None, 3)]),
]


def _assaults(pipeline, tmp_path, text: str) -> list[tuple[int | None, int | None]]:
    return assault_tolls(pipeline, str(tmp_path / "probe.db"), text)


@pytest.mark.parametrize(("text", "figures"), CHANGED, ids=[t[:45] for t, _ in CHANGED])
def test_violence_a_statement_names_carries_the_toll(pipeline, tmp_path, text, figures):
    assert _assaults(pipeline, tmp_path, text) == figures


@pytest.mark.parametrize(("text", "figures"), UNCHANGED, ids=[t[:45] for t, _ in UNCHANGED])
def test_topics_without_a_toll_or_beside_told_violence_stay(pipeline, tmp_path, text, figures):
    assert _assaults(pipeline, tmp_path, text) == figures
