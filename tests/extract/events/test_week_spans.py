"""A span of weeks counted back from the story's act ("two weeks after a gunman killed a
doctor", "weeks after the bombing", "a fortnight after gunmen attacked the church") puts the
happening it is counted from a week or more before publication: background, like a span of
months or years (``dated.spanned_back``). "A week after" (a day just a week back), a span of
days, and a span counted from an act to come stay as they are."""

from __future__ import annotations

import pytest

from samples import check_background

PUBLISHED = "2021-10-20"  # a Wednesday

WEEKS_BACK = [
    ("Police said the suspect crossed the border two weeks after a gunman killed a doctor in "
     "his kitchen.", "killed"),
    ("Weeks after a man killed 10 people at a school, lawmakers debated a gun bill.", "killed"),
    ("The suspect was arrested on Tuesday, two weeks after the bombing of the mosque.",
     "bombing"),
    ("Three weeks after rebels stormed the prison, the army retook the town on Monday.",
     "stormed"),
    ("The minister resigned on Sunday, several weeks after police arrested his son.",
     "arrested"),
    ("The vigil on Saturday came a fortnight after gunmen attacked the church.", "attacked"),
    ("Two weeks after soldiers shot a protester, students marched through the capital on "
     "Monday.", "shot"),
    ("The trial opened on Monday, four weeks after prosecutors charged the mayor with fraud.",
     "charged"),
    ("Weeks after the army shelled the port, aid ships docked on Tuesday.", "shelled"),
    ("Six weeks after militants kidnapped two engineers, the company closed the mine.",
     "kidnapped"),
]
STAYS = [
    ("A week after rebels attacked the base, the army struck back on Monday.", "attacked"),
    ("Days after the election, troops opened fire on protesters.", "opened fire"),
    ("Since Monday, rebels have shelled the city.", "shelled"),
    ("Two days after gunmen attacked the bus, police arrested three men.", "attacked"),
    ("Two weeks after gunmen attacked the bus, police arrested three men on Monday.",
     "arrested"),
    ("Police arrested two men on Monday, days after a shooting at a bar.", "arrested"),
    ("Troops will pull out two months after the rebels disarm.", "disarm"),
    ("The army plans to withdraw its troops three weeks after the vote.", "withdraw"),
    ("Rebels have shelled the city for two weeks.", "shelled"),
    ("Two weeks after the president dissolved parliament, protesters marched on Monday.",
     "marched"),
]



@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in WEEKS_BACK] + [(t, g, False) for t, g in STAYS])
def test_an_act_weeks_before_the_story_act_is_background(pipeline, text: str, trigger: str,
                                                         background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)
