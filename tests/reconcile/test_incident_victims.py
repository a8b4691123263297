"""Made-up probes (not copied from any data set): an article's killed and injured figures when
its victims are told in several sentences, counted the way ACLED and UCDP coders count.
Distinct victims are added ("a second victim", "another man", "a woman was also killed", two
full names, a man and a woman); the same victim told again is not ("the man", "he", "the two
victims", "Roe" after "Jon Roe"); a total covers its sub-groups ("including", "among them").
Each article gives its ASSAULT incident's (killed best, injured best)."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import assault_tolls

# distinct victims, each told in its own sentence (or told apart): added
DISTINCT = [
    ("A man was shot dead in Dayton on Friday. A woman was also killed in the shooting.",
     (2, None)),
    ("A man was shot dead in Dayton on Friday. A second victim died at the hospital.",
     (2, None)),
    ("A man was killed in a shooting in Dayton on Friday. Another man died later at a hospital.",
     (2, None)),
    ("Gunmen killed a farmer in Kaduna on Sunday. His wife was also killed in the attack.",
     (2, None)),
    ("A teenager was shot dead outside a store in Memphis on Monday. A second teenager died on "
     "Tuesday.", (2, None)),
    ("Mark Dale, 30, was shot dead in Flint on Saturday. Anna Fox, 25, was killed in the same "
     "shooting.", (2, None)),
    ("A man was shot dead in Flint on Saturday. A woman was killed in the same shooting.",
     (2, None)),
    ("Lee Moss, 41, was killed along with Dan Reyes, 38, in a shooting in Fresno on Sunday.",
     (2, None)),
    ("A man was wounded in a shooting in Akron on Friday. A second man was also wounded.",
     (None, 2)),
    ("A woman was shot and wounded in Gary on Sunday. Two other people were wounded in the "
     "shooting.", (None, 3)),
    ("A police officer was killed in an ambush in Tucson on Friday. A second officer was also "
     "killed.", (2, None)),
]
# neighbours that were right and must stay so: groups told apart, "another" beside a killer,
# "others" set apart from the dead
DISTINCT_AS_BEFORE = [
    ("Militants killed a soldier at a checkpoint in Kandahar on Monday. Two civilians were also "
     "killed in the attack.", (3, None)),
    ("A man shot and killed another man in Dayton on Friday.", (1, None)),
    ("One man was killed and two others were wounded in a shooting in Dayton on Friday.",
     (1, 2)),
]
# the same victims told again: not added
SAME = [
    ("A man was shot dead in Dayton on Friday. The man died at the scene. Police said the man "
     "was killed by a stranger.", (1, None)),
    ("Two men were killed in a shooting in Dayton on Friday. The two victims were brothers. Both "
     "were killed instantly.", (2, None)),
    ("Two killed in Dayton shooting. Two men were shot dead in Dayton on Friday.", (2, None)),
    ("Man killed in Dayton shooting. A man was shot dead in Dayton on Friday.", (1, None)),
    ("Jon Roe, 24, was killed in a shooting in Dayton on Friday. Roe died at the scene.",
     (1, None)),
    ("A woman was shot dead in Tulsa on Sunday. She was killed by her husband, police said.",
     (1, None)),
    ("A man was shot dead in Akron on Friday. The victim was killed by a stray bullet.",
     (1, None)),
    ("Three soldiers were killed in an ambush in Kandahar on Monday. The three soldiers were "
     "killed by a roadside bomb.", (3, None)),
    ("Gunmen killed two farmers in Kaduna on Sunday. The farmers were killed in their fields. "
     "The two men were buried on Monday.", (2, None)),
    ("A man and a woman were shot dead in Flint on Saturday. Both were killed in their car.",
     (2, None)),
    ("A man was shot dead in Flint on Saturday. The man was killed near his home. He died at the "
     "scene.", (1, None)),
    ("A man was shot and wounded in Flint on Saturday. The man was wounded in the leg.",
     (None, 1)),
    ("A man was shot dead in Dayton on Friday. The other victim was wounded.", (1, 1)),
    ("A woman was wounded in a shooting in Denton on Sunday. She too was hurt by flying glass.",
     (None, 1)),
]
# a total covers the sub-groups it names
SUBGROUP = [
    ("Seven people were killed in a bombing in Mosul on Monday, among them a journalist.",
     (7, None)),
    ("Seven people were killed in a bombing in Mosul on Monday, including a journalist.",
     (7, None)),
    ("Seven people were killed in a bombing in Mosul on Monday. Among the dead was a journalist.",
     (7, None)),
    ("Five people were killed in a shooting in Tulsa on Sunday, including two children.",
     (5, None)),
    ("Twelve soldiers were killed in an ambush in Kandahar on Monday, including an officer.",
     (12, None)),
    ("Four people were killed in an attack in Goma on Monday. Among those killed were two "
     "nurses.", (4, None)),
    ("Ten people were wounded in a shooting in Chicago on Sunday, including three teenagers.",
     (None, 10)),
    ("Six civilians were killed in shelling in Donetsk on Friday, among them a child.",
     (6, None)),
    ("Nine people were killed in a suicide bombing in Kabul on Tuesday. A child was among the "
     "dead.", (9, None)),
    ("Three people were killed in a shooting in Memphis on Friday, including the gunman.",
     (3, None)),
    ("Eight people were killed in airstrikes on Idlib on Monday. Two children were among those "
     "killed.", (8, None)),
    ("Three people were wounded in a shooting in Denton on Sunday. Two of them were also hurt by "
     "flying glass.", (None, 3)),
]


def _assault(pipeline, tmp_path, text: str) -> tuple[int | None, int | None]:
    found = assault_tolls(pipeline, str(tmp_path / "probe.db"), text, dt.date(2016, 1, 20))
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("text", "figures"), DISTINCT + DISTINCT_AS_BEFORE,
                         ids=[t[:50] for t, _ in DISTINCT + DISTINCT_AS_BEFORE])
def test_distinct_victims_told_apart_are_added(pipeline, tmp_path, text, figures):
    assert _assault(pipeline, tmp_path, text) == figures


@pytest.mark.parametrize(("text", "figures"), SAME, ids=[t[:50] for t, _ in SAME])
def test_the_same_victims_told_again_are_not_added(pipeline, tmp_path, text, figures):
    assert _assault(pipeline, tmp_path, text) == figures


@pytest.mark.parametrize(("text", "figures"), SUBGROUP, ids=[t[:50] for t, _ in SUBGROUP])
def test_a_total_covers_the_sub_groups_it_names(pipeline, tmp_path, text, figures):
    assert _assault(pipeline, tmp_path, text) == figures
