"""Everyday senses of withdrawing and settling (events/senses/life/markets.py, money_withdrawn;
events/senses/public/opinions.py, choice_settled): money taken out of an account is no RETREAT,
a choice settled on is no AGREE. Near neighbours (troops, envoys, aid and funding withdrawn,
withdrawing from a race; terms, dates and ceasefires settled on by parties) keep their type.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

# (text, the type it must no longer have)
EVERYDAY = [
    ("She withdrew $1,273.80 from her personal bank account on Monday.", "RETREAT"),
    ("He withdrew cash from an ATM on Friday.", "RETREAT"),
    ("She withdrew her savings from the bank on Monday.", "RETREAT"),
    ("He withdrew money from a cash machine in Leeds on Sunday.", "RETREAT"),
    ("The couple withdrew $40,000 from their retirement fund last week.", "RETREAT"),
    ("The woman withdrew 2,000 euros from a cash machine on Friday.", "RETREAT"),
    ("He withdrew his pension from the fund in March.", "RETREAT"),
    ("For their first character they settled on chef Jae.", "AGREE"),
    ("The couple settled on a name for the baby.", "AGREE"),
    ("The band settled on a new drummer last month.", "AGREE"),
    ("The committee settled on Smith as its chair on Monday.", "AGREE"),
    ("The school settled on a new logo last week.", "AGREE"),
]
KEPT = [
    ("The US withdrew $200 million in aid from Pakistan on Monday.", "RETREAT"),
    ("The army withdrew troops from the border on Monday.", "RETREAT"),
    ("Russia withdrew its ambassador from London on Tuesday.", "RETREAT"),
    ("The candidate withdrew from the race on Monday.", "RETREAT"),
    ("The investors withdrew funding from the project on Friday.", "RETREAT"),
    ("The two sides settled on a date for the talks on Monday.", "AGREE"),
    ("The unions settled on a wage deal with the employers on Friday.", "AGREE"),
    ("Israel and Hamas settled on a ceasefire on Monday.", "AGREE"),
    ("The rebels withdrew from the town on Sunday.", "RETREAT"),
    ("The parties settled on terms for the handover on Tuesday.", "AGREE"),
]


@pytest.mark.parametrize(("text", "plover"), EVERYDAY)
def test_money_taken_out_and_choices_are_no_retreat_or_agreement(
        pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize(("text", "plover"), KEPT)
def test_withdrawals_and_settlements_between_parties_stay(pipeline, text: str,
                                                          plover: str) -> None:
    assert plover in plover_types(text)
