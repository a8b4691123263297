"""A protest that turns violent (issue 19 item 2, session 37): the crowd's own violence told as a
change of state ("the march turned very violent", "the rally became violent", "the protest
descended into clashes", "the demonstration degenerated into rioting") is a violent
demonstration, also when the police then detain people or officers are hurt by stones; the
arrests made at it are its intervention, not an arrest of their own. Made-up sentences; the
neighbours (a peaceful march, a march broken up, force on peaceful protesters, arrests of a
gang, a quarrel that turned violent with no crowd) keep their labels."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

TURNED = [
    ("Student protests outside the parliament turned very violent on Friday evening.",
     "VIOL_DEMONSTR"),
    ("The rally against fuel prices became violent after dark, witnesses said.", "VIOL_DEMONSTR"),
    ("A march by farmers in the capital grew violent as it neared the ministry.",
     "VIOL_DEMONSTR"),
    ("The demonstration over the election results descended into violence on Sunday.",
     "VIOL_DEMONSTR"),
    ("Protests against the new tax degenerated into rioting in two northern towns.",
     "VIOL_DEMONSTR"),
    ("The strikers' rally descended into clashes with the police near the port.",
     "VIOL_DEMONSTR"),
    ("Police detained 40 people after a march against the pension reform turned violent; "
     "officers said nine agents were hurt by stones.", "VIOL_DEMONSTR"),
    ("Riot police arrested 25 people when a protest over water shortages turned ugly in the "
     "old town.", "VIOL_DEMONSTR"),
    ("Officers detained a dozen youths after the demonstration turned violent near the city "
     "hall.", "VIOL_DEMONSTR"),
    ("Authorities arrested 17 people after a rally by opposition supporters became violent.",
     "VIOL_DEMONSTR"),
    ("The teachers' protest turned violent when some marchers smashed shop windows.",
     "VIOL_DEMONSTR"),
    ("Police held 30 people after a protest outside the embassy descended into chaos.",
     "VIOL_DEMONSTR"),
]
NEIGHBOURS = [
    ("Thousands of teachers marched peacefully through the capital to demand higher pay.",
     "PEACE_PROTEST"),
    ("Police used tear gas to disperse a march by farmers in the capital.",
     "PROTEST_WITH_INTER"),
    ("Police detained 40 protesters who had blocked the main highway into the city.",
     "PROTEST_WITH_INTER"),
    # the arrested named by their group only: the arrest (session 38; the blind sets s34-s37)
    ("Police arrested 12 members of a drug gang in raids across the city.", "ARREST"),
    ("Police opened fire on peaceful demonstrators, killing two students.",
     "FORCE_AGAINST_PROTEST"),
    ("Rioters torched a police station and looted shops during the protest.", "VIOL_DEMONSTR"),
    ("Police arrested a man after an argument between neighbours turned violent.", "ARREST"),
    ("The weather turned very cold in the capital on Friday.", "OTHER"),
    ("Police arrested the mayor of the town over a speech criticising the governor.", "ARREST"),
    ("Protesters gathered outside the ministry on Monday to demand the minister's resignation.",
     "PEACE_PROTEST"),
]


@pytest.mark.parametrize(("text", "label"), TURNED + NEIGHBOURS)
def test_protest_turned_violent(text: str, label: str) -> None:
    assert classify_rules(text) == label
