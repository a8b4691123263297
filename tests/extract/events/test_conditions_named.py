"""An act told only as the condition of another is no happening (unreal/conditioned.py,
``condition_only``): the protasis of an "if" that is not negated ("would call a strike if
another driver was killed", "will leave the city if the shelling resumes") names what may
happen. A negated condition ("if the government did not agree"), "unless", the act announced
on the condition ("would call a strike", a THREATEN or a hypothetical act of its own) and
acts beside a concessive "even if" stay, and so do acts named by a noun in the condition ("if
the talks fail", "if their demands are met": acts that exist, whose outcome is the condition). Session 42, issue 15: the annotators of the look sets
code no act of a plain "if" clause. Sentences made up for these tests."""

from __future__ import annotations

import pytest

# (text, the condition's trigger word, which no event may have)
CONDITIONS = [
    ("The union warned that it would call a strike if another driver was killed.", "killed"),
    ("The agency said it would halt the flights again if either side fired on its aircraft.",
     "fired"),
    ("The mayor said the curfew would be lifted if the gangs were disarmed.", "disarmed"),
    ("The group said it would resume its attacks if the army raided its camps.", "raided"),
    ("The minister said troops would be withdrawn if the rebels released the hostages.",
     "released"),
    ("Aid agencies will leave the city if the army shells it again.", "shells"),
    ("The ministry will expel the envoy if his staff spy on exiles.", "spy"),
    ("The company said it would close the mine if miners blocked the road again.", "blocked"),
    ("The embassy will evacuate its staff if rebels attack the capital.", "attack"),
    ("Relief flights will resume if both sides sign a truce.", "sign"),
    ("The governor said schools would reopen if the gunmen freed the pupils.", "freed"),
]
KEPT = [
    ("The union said it would call a strike unless the detained leaders are freed.", "freed"),
    ("Workers said they would widen the strike if the government did not agree to a new "
     "wage.", "agree"),
    ("Police fired tear gas at protesters on Monday, even if no one was hurt.", "fired"),
    ("The union warned that it would call a strike if another driver was killed.", "warned"),
    ("The group said it would resume its attacks if the army raided its camps.", "attacks"),
    ("Troops will be deployed if protests spread to the capital.", "deployed"),
    ("The minister said troops would be withdrawn if the rebels released the hostages.",
     "withdrawn"),
    ("Rebels attacked the town on Monday, and troops fired back.", "attacked"),
    ("The rebels said they would free the hostages if their demands were met.", "demands"),
]


def _triggers(events_of, text: str) -> list[str]:
    return [w for e in events_of(text) for w in e.trigger.text.split()]


@pytest.mark.parametrize(("text", "word"), CONDITIONS)
def test_an_act_named_as_a_plain_condition_is_no_happening(events_of, text: str,
                                                           word: str) -> None:
    assert word not in _triggers(events_of, text)


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_demanded_and_announced_acts_stay(events_of, text: str, word: str) -> None:
    assert word in _triggers(events_of, text)
