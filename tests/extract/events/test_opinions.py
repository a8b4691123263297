"""An AGREE is two parties agreeing on something (events/senses/opinions.py): an opinion shared
("agrees with the need for"; agreeing with a finding stays an endorsement, SUPPORT), a commercial offer ("offers a discount") or a thing accepted with
no proposal behind it ("accepted donations") is none. Near neighbours (ceasefires, truces,
contracts, deals, amnesties, ransoms, talks) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

EVERYDAY = [
    ("The mayor agrees with the need for more parking downtown.", "AGREE"),
    ("The airline is offering deals on fares to Florida this month.", "AGREE"),
    ("Most parents agree with the need for a new crossing guard.", "AGREE"),
    ("The council member said she agreed with the critics of the plan.", "AGREE"),
    ("The shop offers a discount to veterans on Mondays.", "AGREE"),
    ("The charity accepted donations of clothing on Saturday.", "AGREE"),
    ("The restaurant is offering free meals to veterans on Veterans Day.", "AGREE"),
    ("The gym offered a free trial to new members on Monday.", "AGREE"),
    ("The pastor said he agreed with his neighbours on Sunday.", "AGREE"),
    ("The school accepted applications for the program until Friday.", "AGREE"),
    ("The museum offered discounted tickets on Sunday.", "AGREE"),
    ("The shelter accepted donations of coats and blankets on Saturday.", "AGREE"),
    ("The dealer offered a discount on trucks last weekend.", "AGREE"),
]
AGREEMENTS = [
    "The two sides agreed to a ceasefire on Monday.",
    "Israel and Hamas agreed on a truce on Sunday.",
    "The union agreed to a new contract with the city on Friday.",
    "The rebels agreed to lay down their arms on Tuesday.",
    "The government and the rebels signed a peace deal on Saturday.",
    "The city agreed to pay the family $2 million on Thursday.",
    "Egypt agreed with Israel on a new border crossing on Monday.",
    "The rebels agreed with the government to free 50 prisoners on Sunday.",
    "The kidnappers accepted a ransom on Friday.",
    "The rebels accepted the peace plan on Monday.",
    "The government offered talks to the rebels on Friday.",
    "The army offered an amnesty to fighters who surrender.",
]


@pytest.mark.parametrize("text,plover", EVERYDAY)
def test_opinions_offers_and_donations_are_no_agreement(pipeline, text: str,
                                                        plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text", AGREEMENTS)
def test_agreements_between_parties_stay(pipeline, text: str) -> None:
    assert "AGREE" in plover_types(text)
