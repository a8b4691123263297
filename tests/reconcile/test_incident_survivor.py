"""Made-up probes (not copied from any data set): in a happening where people died, a person
hurt whom a definite phrase names by the wound ("The wounded woman was taken to a hospital",
"the injured customer") is the one who lived, not the one who died; and where several died,
"Both were taken to a hospital" counts the dead, not more injured. Near neighbours: the victim
or the same noun again, a wound told by the verb, no one dead, others, and more people hurt
than dead stay as they were. Each article gives its ASSAULT incidents as (killed best, injured
best)."""

from __future__ import annotations

import pytest

from samples import assault_tolls

CHANGED = [
    ("A man was shot and killed in Dayton on Saturday. The wounded woman was taken to a "
     "hospital.", (1, 1)),
    ("A woman was killed in a shooting in Tulsa. The injured man was rushed to a hospital.",
     (1, 1)),
    ("A clerk was fatally shot in a robbery in Gary. The injured customer was hospitalized.",
     (1, 1)),
    ("A driver was shot dead in Macon on Sunday. The wounded passenger was airlifted to a "
     "hospital.", (1, 1)),
    ("A guard was killed in an attack in Mosul. The injured soldier was evacuated to a "
     "hospital.", (1, 1)),
    ("A boy was killed by gunfire in Erie. The wounded girl was taken to a hospital.", (1, 1)),
    ("A man was shot and killed in Flint on Monday. The hurt woman was taken to a hospital.",
     (1, 1)),
    ("A security guard was shot dead in Reno. The injured guard was taken to a hospital.",
     (1, 1)),
    ("A man was shot dead in Akron. The hospitalized woman was in stable condition.", (1, 1)),
    ("Two men were shot and killed in Macon on Friday. Both were taken to a hospital.",
     (2, None)),
    ("Two women were killed in a shooting in Tulsa on Sunday. Both were rushed to a hospital.",
     (2, None)),
]
UNCHANGED = [
    ("A man was shot and killed in Dayton on Saturday. The victim was taken to a hospital.",
     (1, None)),
    ("A woman was killed in a shooting in Tulsa. The woman was rushed to a hospital.", (1, None)),
    ("A man was fatally shot in Akron. The man was wounded in the chest and died at a "
     "hospital.", (1, None)),
    ("A teenager was shot dead in Flint. The teenager was taken to a hospital.", (1, None)),
    ("A man was shot in Akron. The wounded man was taken to a hospital.", (None, 1)),
    ("Two men were shot and killed in Macon on Friday. Two others were taken to a hospital.",
     (2, 2)),
    ("Two men were shot in Macon on Friday. Both were taken to a hospital.", (None, 2)),
    ("A man was shot dead in Erie. The second victim was taken to a hospital.", (1, 1)),
    ("One man was killed in a shooting in Tulsa on Sunday. Both were rushed to a hospital.",
     (1, 2)),
    ("Two men were shot dead in Gary on Saturday. The two other victims were taken to a "
     "hospital.", (2, 2)),
    ("A man was killed and a woman was wounded in a shooting in Dayton.", (1, 1)),
]


def _assaults(pipeline, tmp_path, text: str) -> list[tuple[int | None, int | None]]:
    return assault_tolls(pipeline, str(tmp_path / "probe.db"), text)


@pytest.mark.parametrize(("text", "figures"), CHANGED, ids=[t[:45] for t, _ in CHANGED])
def test_the_person_named_by_the_wound_lived_and_both_dead_are_not_injured(
        pipeline, tmp_path, text, figures):
    assert _assaults(pipeline, tmp_path, text) == [figures]


@pytest.mark.parametrize(("text", "figures"), UNCHANGED, ids=[t[:45] for t, _ in UNCHANGED])
def test_the_dead_the_others_and_those_hurt_without_deaths_stay(pipeline, tmp_path, text,
                                                                  figures):
    assert _assaults(pipeline, tmp_path, text) == [figures]
