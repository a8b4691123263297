"""An act a punishment is or was served for is background (``history.cases.served_for``):
"Jones, who served eight years for killing a clerk", "is serving time for the stabbing of a
guard", "was on parole for assaulting a neighbour": the crime came before the conviction whose
term is served. Neighbours: a term still to come ("will serve ten years for shooting a guard"),
the charge or the sentencing of the story, and an act done while serving. Made-up sentences."""

from __future__ import annotations

import pytest

from samples import check_background

PUBLISHED = "2021-10-20"  # a Wednesday
LEAD = "Police arrested Jones on Monday. "

SERVED = [
    ("Jones, who served eight years for killing a clerk, was on parole.", "killing"),
    ("He spent ten years in prison for shooting a guard.", "shooting"),
    ("Jones was on probation for assaulting a neighbour.", "assaulting"),
    ("Jones was on parole for the robbery and shooting of a clerk.", "shooting"),
    ("He did time for attacking a police officer.", "attacking"),
    ("He served a prison term for kidnapping a banker.", "kidnapping"),
    ("Jones served four years for robbing and shooting a taxi driver.", "shooting"),
    ("He was serving a life sentence for murdering two guards when he escaped.", "murdering"),
    ("The man had served 12 years for stabbing a student.", "stabbing"),
    ("Jones is serving time for the stabbing of a guard.", "stabbing"),
    ("Jones previously served five years for attacking a taxi driver.", "attacking"),
    ("His brother is on parole for bombing a bank.", "bombing"),
]
NEWS = [
    ("Police arrested Jones on Monday for shooting a clerk on Saturday.", "shooting"),
    (LEAD + "He will serve ten years for shooting a guard, a judge ruled on Tuesday.",
     "shooting"),
    ("A judge on Monday sentenced Jones to life for killing two guards in a riot on Saturday.",
     "killing"),
    ("Prisoners serving time in the jail attacked two guards on Monday.", "attacked"),
    ("Jones, who was serving a sentence for theft, stabbed a guard on Sunday.", "stabbed"),
]


@pytest.mark.parametrize("text,trigger,background",
                         [(LEAD + t, g, True) for t, g in SERVED]
                         + [(t, g, False) for t, g in NEWS])
def test_an_act_a_term_is_served_for_is_background(pipeline, text: str, trigger: str,
                                                   background: bool) -> None:
    check_background(text, trigger, background, PUBLISHED)
