"""Bodies named by the cause they serve and towns whose names hold lower-case joining words
(issue 19 item 3, session 46). A group, organisation, network or body "of rights", "of civil
liberties", "of relief" is a non-governmental organisation whatever people its modifiers name
("a women's rights network" is no group of civilians); a commission of a cause is often a
statutory body and keeps its code. A place named "San Pedro de Macorís" or "Ciudad del Este" is
read whole, not as its first words (San-Pédro is a town in Côte d'Ivoire). Made-up phrases."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor
from sitrep.extract.actors.where import place_country

CAUSE_GROUPS = [
    ("a Ghanaian human rights organisation", "GHA"),
    ("a Peruvian women's rights network", "PER"),
    ("a children's rights coalition", ""),
    ("an Ethiopian rights body", "ETH"),
    ("a civil liberties association", ""),
    ("Nepali rights organisations", "NPL"),
    ("a Lagos-based rights organization", "NGA"),
    ("a relief organisation", ""),
    ("a civil rights monitor", ""),
]
KEEP = [
    ("a women's group", "CVL"),
    ("the Uganda Human Rights Commission", "GOV"),
    ("women", "CVL"),
    ("a terrorist organisation", None),
]


@pytest.mark.parametrize(("phrase", "country"), CAUSE_GROUPS)
def test_a_body_named_by_its_cause_is_an_ngo(phrase: str, country: str) -> None:
    assert code_actor(phrase) == (country, "NGO")


@pytest.mark.parametrize(("phrase", "sector"), KEEP)
def test_groups_of_people_commissions_and_armed_organisations_keep_their_codes(
        phrase: str, sector: str | None) -> None:
    coded = code_actor(phrase)[1]
    assert coded != "NGO"
    if sector is not None:
        assert coded == sector


@pytest.mark.parametrize(("phrase", "country"), [
    ("San Pedro de Macorís prison", "DOM"),
    ("Ciudad del Este police", "PRY"),
    ("Port of Spain residents", "TTO"),
    ("Santiago de Cuba officials", "CUB"),
])
def test_a_town_name_with_joining_words_is_read_whole(phrase: str, country: str) -> None:
    assert place_country(phrase) == country


def test_joining_words_do_not_join_a_title_to_a_place() -> None:
    # "Governor of Lagos": the longer words are tried first and name no place
    assert place_country("Governor of Lagos") is None
    assert code_actor("inmates at the San Pedro de Macorís prison")[0] == "DOM"


@pytest.mark.parametrize("phrase", [
    "Togo's opposition Union for Renewal and Justice",
    "the opposition Union for Democracy",
])
def test_an_opposition_party_named_a_union_is_the_opposition(phrase: str) -> None:
    assert code_actor(phrase)[1] == "OPP"


@pytest.mark.parametrize("phrase", ["the National Union of Teachers",
                                    "an opposition-aligned trade union"])
def test_labour_unions_stay_labour(phrase: str) -> None:
    assert code_actor(phrase)[1] == "LAB"
