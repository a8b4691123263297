"""Two families of acts the trigger lexicon missed (issue 15's recall on held-out articles):

- **disputing an account** is a REJECT by whoever disputes it ("the family disputed the police
  account", "disputes that he had a gun", "refuted the claim", "rebutted the allegations");
  the disputed territory, a dispute between neighbours and contesting an election or a match are
  no refusal;
- **discipline of an officer or an official** is a SANCTION ("was placed on administrative
  leave", "put on leave", "relieved of duty", "fired both deputies": a person of the offices
  and ranks of ``resources/titles.tsv`` and ``ranks.tsv``); leave taken, a car put in a garage,
  a coach or a worker fired by a firm, shots fired stay no SANCTION.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

DISPUTED = [
    "Residents disputed the police account.",
    "The victim's mother disputed that her son had a knife.",
    "His family disputes the official version and says he was unarmed.",
    "The ministry refuted the claim on Tuesday.",
    "The army rebutted the allegations in a statement.",
    "Lawyers for the mayor disputed the findings of the audit.",
    "The rebels have disputed the government's figures.",
    "The company's owner contested the report in a letter to the council.",
    "Opposition leaders contested the official results on Monday.",
    "Witnesses disputed the officers' version of events.",
    "The embassy refuted reports that its staff had been expelled.",
    "The minister's office disputed the newspaper's account on Friday.",
    "Police said the man had a knife; his family disputes that account.",
]
NOT_DISPUTED = [
    "Troops patrolled the disputed territory on Monday.",
    "The dispute between the two neighbours began last year.",
    "She will contest the election as an independent.",
    "The two teams contested the final in Madrid.",
    "The islands are disputed by both countries.",
    "Farmers and herders have a long dispute over land.",
    "The disputed border runs along the river.",
    "He contested the seat in 2019.",
    "A contested election in 2020 divided the town.",
    "The council discussed the dispute over parking.",
    "Gunmen ambushed troops in the territory the cartel disputes with its rivals.",
    "Fishermen avoid the waters that both navies dispute.",
]

DISCIPLINED = [
    "The officer has been placed on administrative leave.",
    "Both deputies were placed on paid administrative leave after the shooting.",
    "The trooper was put on leave pending an inquiry.",
    "The chief placed three officers on leave on Monday.",
    "The sergeant was relieved of duty on Friday.",
    "The commander was relieved of his command after the raid.",
    "Sheriff Dale Cole fired both deputies shortly after the incident.",
    "The mayor fired the police chief on Tuesday.",
    "The governor fired two prison officers over the escape.",
    "The minister fired the head of the border police.",
    "The detective was fired after an internal review.",
    "The commissioner fired four constables on Thursday.",
]
NOT_DISCIPLINED = [
    "She took two weeks of leave in August.",
    "He put the car in the garage.",
    "The club fired its coach after the defeat.",
    "The company fired 200 workers last year.",
    "Officers fired shots at the car.",
    "The officer fired twice at the suspect.",
    "The nurse was placed in charge of the ward.",
    "The committee placed the item on the agenda.",
    "The restaurant fired its chef on Sunday.",
    "Police fired tear gas at the crowd.",
    "The teacher was relieved to hear the news.",
    "He was granted leave to appeal.",
]


@pytest.mark.parametrize("text", DISPUTED)
def test_disputing_an_account_is_reject(pipeline, text: str) -> None:
    assert "REJECT" in plover_types(text)


@pytest.mark.parametrize("text", NOT_DISPUTED)
def test_disputed_places_and_contested_races_are_no_reject(pipeline, text: str) -> None:
    assert "REJECT" not in plover_types(text)


@pytest.mark.parametrize("text", DISCIPLINED)
def test_officer_put_on_leave_or_fired_is_sanction(pipeline, text: str) -> None:
    assert "SANCTION" in plover_types(text)


@pytest.mark.parametrize("text", NOT_DISCIPLINED)
def test_leave_taken_and_workers_fired_are_no_sanction(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "SANCTION" not in types
