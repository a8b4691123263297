"""A minister or ministry of a field is the government's, not the field's (issue 19 item 3,
session 36): "Minister of Health" is GOV although a name that ends in "Health" is a health body.
Made-up phrases; the neighbours (names that end in what they are, health workers, a ministry of
another field) keep their codes."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor

MINISTRIES = [
    ("Minister of Health", ""),
    ("Ministry of Health", ""),
    ("the Ugandan Minister of Health", "UGA"),
    ("the Deputy Minister of Health", ""),
    ("Ministers of Health", ""),
    ("Ministry of Public Health", ""),
    ("the Ministry of Health and Sanitation", ""),
    ("Minister of Health Services", ""),
    ("Peru's Ministry of Health", "PER"),
    ("the Ministry of Health and Social Welfare", ""),
    ("Minister of State for Health", ""),
    ("the Ministry of Health of Malawi", "MWI"),
]
NEIGHBOURS = [
    ("Meridian Airlines", "", "BUS"),
    ("the Hope for Children Charity", "", "NGO"),
    ("health workers", "", "HLH"),
    ("Ministry of Education", "", "GOV"),
    ("Health Minister", "", "GOV"),
    ("Commissioner of Police", "", "COP"),
]


@pytest.mark.parametrize(("text", "country"), MINISTRIES)
def test_a_minister_or_ministry_of_a_field_is_government(text: str, country: str) -> None:
    assert code_actor(text) == (country, "GOV")


@pytest.mark.parametrize(("text", "country", "sector"), NEIGHBOURS)
def test_names_ending_in_what_they_are_keep_their_sector(text: str, country: str,
                                                         sector: str) -> None:
    assert code_actor(text) == (country, sector)
