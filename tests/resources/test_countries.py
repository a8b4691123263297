"""Country names, demonyms, capitals and IGOs from sitrep.resources.countries."""

from __future__ import annotations

import pytest

from sitrep.resources.countries import (
    capital_country,
    country_code,
    country_name,
    demonym_code,
    igo,
    igo_entry,
)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Azeri", "AZE"), ("Azerbaijani", "AZE"), ("Armenian", "ARM"), ("Armenians", "ARM"),
        ("Turkish", "TUR"), ("American", "USA"), ("Russian", "RUS"), ("French", "FRA"),
        ("Frenchmen", "FRA"), ("Palestinians", "PSE"), ("British", "GBR"),
    ],
)
def test_demonyms_and_adjectives_give_the_country(text: str, iso3: str) -> None:
    assert country_code(text) == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("U.S.", "USA"), ("the United States", "USA"), ("United States of America", "USA"),
        ("US", "USA"), ("UK", "GBR"), ("Great Britain", "GBR"), ("Russia", "RUS"),
        ("Russian Federation", "RUS"), ("Iran", "IRN"), ("Turkey", "TUR"), ("Türkiye", "TUR"),
        ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Kosovo", "XKX"),
        ("Republic of Korea", "KOR"), ("North Korea", "PRK"), ("Canada's", "CAN"),
        ("Canada\u2019s", "CAN"), ("AZERBAIJAN", "AZE"), ("DRC", "COD"), ("Burma", "MMR"),
    ],
)
def test_country_names_in_any_common_form(text: str, iso3: str) -> None:
    assert country_code(text) == iso3


def test_lower_case_pronoun_us_is_not_the_united_states() -> None:
    assert country_code("us") is None
    assert country_code("who") is None
    assert igo("who") is None


def test_words_that_are_not_countries_give_none() -> None:
    for text in ("", "the", "army", "Foreign Minister", "Paris"):
        assert country_code(text) is None


def test_demonym_code_does_not_accept_country_names() -> None:
    assert demonym_code("Azerbaijani") == "AZE"
    assert demonym_code("Azerbaijan") is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Baku", "AZE"), ("Yerevan", "ARM"), ("TEHRAN", "IRN"), ("Kyiv", "UKR"), ("Kiev", "UKR"),
     ("Ottawa", "CAN"), ("Washington", "USA"), ("Moscow", "RUS"), ("Abuja", "NGA")],
)
def test_capitals_give_their_country(text: str, iso3: str) -> None:
    assert capital_country(text) == iso3


def test_ambiguous_capital_names_are_left_out() -> None:
    assert capital_country("Victoria") is None
    assert capital_country("Kingston") is None
    assert capital_country("Azerbaijan") is None


def test_country_name_is_the_common_short_name() -> None:
    assert country_name("AZE") == "Azerbaijan"
    assert country_name("USA") == "United States"
    assert country_name("RUS") == "Russia"
    assert country_name("XYZ") == "XYZ"


def test_igos_are_normalised_with_un_and_eu_codes() -> None:
    assert igo("Minsk Group") == "OSCE Minsk Group"
    assert igo("Organization for the Security and Cooperation in Europe") == "OSCE"
    assert igo("the European Union") == "European Union"
    assert igo_entry("UN Security Council").code == "UNO"
    assert igo_entry("EU").code == "EUR"
    assert igo_entry("NATO").code == "IGO"
    assert igo("France") is None
