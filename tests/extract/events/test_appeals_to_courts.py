"""An appeal with nothing asked and no one appealed to is an appeal of a verdict
(events/senses/courts/legal.py, ``legal_sense``): "his client would appeal", "his lawyers had
appealed, arguing that he would not get a fair trial", "the defendant plans to appeal" are a
step of a trial, no REQUEST; appeals for something, to someone or that something be done
("appealed for calm", "appealed to residents to stay at home", "appealed that the fighting
stop") stay REQUEST. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

COURT_APPEALS = [
    "The attorney said his client would appeal.",
    "His lawyers had appealed, arguing that he would not receive a fair trial.",
    "The defendant plans to appeal.",
    "The former mayor said he would appeal after the jury found him guilty.",
    "Her lawyer said they would appeal.",
    "The company has appealed, its spokesman said.",
    "The convicted officer is expected to appeal.",
    "Both men appealed, and the case went to the higher court.",
    "The ministry said it would appeal.",
    "The prosecutors said they intend to appeal.",
    "The senator's lawyers appealed on Friday.",
    "The editor vowed to appeal.",
]
REQUESTS = [
    "The UN appealed for calm on Monday.",
    "The mayor appealed to residents to stay at home.",
    "The family appealed for help in finding the killers.",
    "The government appealed to the rebels to lay down their arms.",
    "Police appealed for witnesses to come forward.",
    "The president appealed to the nation on television.",
    "The bishop appealed that the fighting stop.",
    "Aid agencies appealed for $200 million in emergency funds.",
    "The opposition appealed to the army to stay neutral.",
    "The pope appealed for an end to the fighting.",
]


@pytest.mark.parametrize("text", COURT_APPEALS)
def test_an_appeal_with_nothing_asked_is_a_court_appeal(pipeline, text: str) -> None:
    assert "REQUEST" not in plover_types(text)


@pytest.mark.parametrize("text", REQUESTS)
def test_an_appeal_for_something_or_to_someone_stays_a_request(pipeline, text: str) -> None:
    assert "REQUEST" in plover_types(text)
