"""Made-up probes (not copied from any data set): an article's figure for its incident when
local news tells one victim in several words. A group whose side is not stated is the group of
that category with a side ("the clerk" beside "an Akron clerk"); where every group counts one
person and no two are told in one sentence, they are one person ("a bartender", later "Tom
Reed"); "He was taken to a hospital, where he died" is the one who died, not one more hurt.
Groups told together, or counting more than one, still add up. Each article gives its ASSAULT
incident's (killed best, injured best)."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import assault_tolls

ONE = [
    ("A gunman shot a store clerk in Akron on Friday. Police said the clerk died. An Akron "
     "clerk was killed, the owner said.", (1, None)),
    ("A gunman opened fire at a bar in Toledo on Saturday, killing a bartender. The victim was "
     "identified as Tom Reed. Tom Reed was killed instantly.", (1, None)),
    ("A man was shot in Flint on Saturday. He was taken to a hospital, where he died.",
     (1, None)),
    ("A woman was shot in Tulsa on Sunday. She was taken to a hospital, where she died.",
     (1, None)),
]
AS_BEFORE = [
    ("A gunman shot a police officer in Dayton on Saturday. The officer was a policeman for ten "
     "years. The policeman died at the hospital.", (1, None)),
    ("A man was shot in Flint on Saturday. He was taken to a hospital in stable condition.",
     (None, 1)),
    ("Gunmen attacked a checkpoint in Kandahar on Monday, killing two soldiers. A civilian also "
     "died in the attack.", (3, None)),
    ("Gunmen attacked a checkpoint in Kandahar on Monday. A soldier and a civilian were killed.",
     (2, None)),
    ("Gunmen attacked a checkpoint in Kandahar on Monday, killing three soldiers. The soldiers "
     "were buried on Tuesday. Two soldiers died, a spokesman said.", (3, None)),
    ("Rebels shelled a market in Goma on Monday, killing four civilians. Two soldiers were also "
     "killed, the army said.", (6, None)),
]


def _assault(pipeline, tmp_path, text: str) -> tuple[int | None, int | None]:
    found = assault_tolls(pipeline, str(tmp_path / "probe.db"), text, dt.date(2016, 1, 20))
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(("text", "figures"), ONE + AS_BEFORE,
                         ids=[t[:50] for t, _ in ONE + AS_BEFORE])
def test_one_victim_told_in_several_words_is_counted_once(pipeline, tmp_path, text, figures):
    assert _assault(pipeline, tmp_path, text) == figures
