"""A role phrase ("the shooting victims", "survivors of the bombing", "witnesses to the
shooting": ``eventhood.passing.role_of_person``) names an act only to say who someone is: when
the article reports an act of its type elsewhere that nothing tells apart (background flag,
places, the act's mode), the role phrase is no report of its own and joins it
(``corefer._fold_roles``); when it is the article's only mention of such an act, or names
another one (a background massacre, a stabbing beside a shooting), it stays. Sentences made up
for these tests."""

from __future__ import annotations

import pytest

import sitrep


def assaults(text: str) -> int:
    """The number of ASSAULT events of ``text`` told after a lead sentence that gives none, in
    an article published on 2021-03-01."""
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return sum(1 for e in events if e.plover_type == "ASSAULT")


# (text, the number of ASSAULT events it must have)
FOLDED = [
    ("A man shot two neighbours in Elmdale on Saturday. On Monday the mayor visited the "
     "shooting victims in hospital.", 1),
    ("Doctors said on Monday that the stabbing victim was recovering. A man stabbed a "
     "shopkeeper in Ardle on Sunday.", 1),
    ("A sniper shot a guard in Mirel on Friday. On Saturday police questioned witnesses to "
     "the shooting.", 1),
    ("Police shot a teenager in Varn on Sunday. Lawyers for the shooting victim met the mayor "
     "on Wednesday.", 1),
    ("A car bomb exploded in Delmar on Friday. Survivors of the bombing were flown to the "
     "capital on Saturday.", 1),
    ("Gunmen killed six people in a bar in Tarvin on Friday. Survivors of the massacre said the "
     "attackers wore masks.", 1),
]
KEPT = [
    ("Police questioned witnesses to the shooting on Saturday.", 1),
    ("A stabbing victim was treated in Dunmore on Sunday.", 1),
    ("The gunman in the school shooting was arrested.", 1),
    ("Survivors of the Harwick massacre marched through the town on Sunday.", 1),
    ("Survivors of the 1994 massacre marched on Sunday. Gunmen shot a farmer in Kell on "
     "Monday.", 2),
    ("A man shot a guard in Mirel, Ghana, on Friday. In Leeds, England, police questioned "
     "witnesses to a stabbing.", 2),
]


@pytest.mark.parametrize("text,count", FOLDED)
def test_role_phrase_of_an_act_told_elsewhere_is_no_new_event(text: str, count: int) -> None:
    assert assaults(text) == count


@pytest.mark.parametrize("text,count", KEPT)
def test_role_phrase_that_is_the_only_mention_or_another_act_stays(text: str,
                                                                    count: int) -> None:
    assert assaults(text) == count
