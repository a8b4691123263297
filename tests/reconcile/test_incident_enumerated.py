"""Made-up probes (not copied from any data set): a victim told as more ("another man", "a woman
was also hurt") after a group of several is one of that group, not one more, where the group is
told as a total ("a total of four", "in all", "altogether"), where its parts are told one by one
between the two ("One was hit in the arm", "three of the shootings happened inside"), or where
the victim's ordinal is within the group ("four were hurt ... a fourth person"). The near
neighbours still add: no total and no parts told between ("Two people were wounded. Another man
was also wounded"), a victim of the other sex than the group ("two men ... a woman"), an ordinal
beyond the group ("a third person" after two), a group as large as the one told. Each article
gives its ASSAULT incident's (killed best, injured best)."""

from __future__ import annotations

import pytest

from samples import assault_tolls

PART_OF_THE_GROUP = [
    ("Four people were wounded in a shooting at a party in Dayton on Saturday. Police said three "
     "of the shootings happened inside the house. Another man was found wounded on the sidewalk "
     "nearby.", (None, 4)),
    ("Two people were injured in a shooting at a bar in Akron on Friday. One was hit in the arm "
     "near the door. A woman was also injured in the parking lot.", (None, 2)),
    ("Police said a total of three people were wounded in the shootings in Toledo on Monday. "
     "Another man was treated for a gunshot wound to the leg.", (None, 3)),
    ("Five people were shot and wounded at a house party in Gary on Saturday. Four of them were "
     "hit in the backyard. Another victim was also wounded in the street.", (None, 5)),
    ("In all, four people were wounded in the gunfire in Macon on Friday. Another man was shot "
     "in the foot.", (None, 4)),
    ("Two men were shot and killed in Mobile on Saturday. One was found in a car. Another man was "
     "also killed nearby.", (2, None)),
    ("Police say a total of four people were hurt in the attack in Tulsa on Monday. Another woman "
     "was also wounded.", (None, 4)),
    ("Altogether six people were wounded in the shooting in Tucson on Friday. Another man was hit "
     "by a stray bullet.", (None, 6)),
    ("Four people were injured in a shooting in Memphis on Saturday. Three of the victims were at "
     "a bus stop. A fourth person was also hurt nearby.", (None, 4)),
    ("Three people were wounded by gunfire outside a store in Flint on Sunday. One of them was "
     "shot in the hand. Another man was also wounded.", (None, 3)),
]
STILL_ADDED = [
    ("Two people were killed in a shooting in Dayton on Friday. A third person was also killed.",
     (3, None)),
    ("Two men were shot dead in Akron on Friday. A woman was also killed in the shooting.",
     (3, None)),
    ("Two people were wounded in a shooting in Flint on Sunday. Another man was also wounded.",
     (None, 3)),
    ("Three people were wounded in a shooting in Gary on Saturday. A fourth victim died at the "
     "hospital.", (1, 3)),
    ("Two officers were wounded in a shootout in Tulsa on Monday. Another officer was also hurt.",
     (None, 3)),
    ("A man was shot dead in Reno on Sunday. Another man was also killed.", (2, None)),
    ("Two people were wounded in a shooting in Erie on Tuesday. Two other people were also "
     "wounded.", (None, 4)),
    ("Three men were wounded by gunfire in Flint on Sunday. Two of the victims were shot inside a "
     "car. Another man was wounded on the porch.", (None, 3)),
    ("Three people were killed in a shooting in Reno on Sunday. Two of them died at the scene. "
     "Another man died at the hospital.", (3, None)),
    ("Two women were wounded in a shooting in Erie on Tuesday. One was shot in the hand. Another "
     "woman was hurt as well.", (None, 2)),
]


@pytest.mark.parametrize(("text", "figures"), PART_OF_THE_GROUP,
                         ids=[t[:50] for t, _ in PART_OF_THE_GROUP])
def test_a_victim_told_as_more_within_a_told_group_is_one_of_it(pipeline, tmp_path, text,
                                                                 figures):
    assert assault_tolls(pipeline, str(tmp_path / "probe.db"), text) == [figures]


@pytest.mark.parametrize(("text", "figures"), STILL_ADDED, ids=[t[:50] for t, _ in STILL_ADDED])
def test_a_victim_told_as_more_beyond_the_group_is_added(pipeline, tmp_path, text, figures):
    assert assault_tolls(pipeline, str(tmp_path / "probe.db"), text) == [figures]
