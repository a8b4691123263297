"""Probe articles written for this project (made up): actors found in running text, coded with
the article's context and publication date (real model, real lexicons)."""

from __future__ import annotations

import pytest

from samples import actor_named


def _actor(pipeline, text: str, name: str, published: str = "2021-06-15"):
    return actor_named(pipeline, text, name, published)


# an official whose title names no country: the country of the article's places
OFFICIALS_IN_CONTEXT = [
    ("Floods cut roads between Karachi and Hyderabad on Monday. Rescue teams reached Sukkur "
     "late at night. Interior Minister Rafiq Sohail said the army would help.", "Rafiq Sohail",
     "PAK"),
    ("Fighting resumed near Goma and Bukavu overnight. Shops in Goma stayed closed. Defence "
     "Minister Jean-Paul Mbala promised reinforcements.", "Jean-Paul Mbala", "COD"),
    ("Heavy snow closed schools in Krakow and Katowice. Trains to Wroclaw were cancelled. "
     "Infrastructure Minister Adam Zielak apologised to travellers.", "Adam Zielak", "POL"),
    ("Protesters marched in Guayaquil and Cuenca for a second day. Police in Guayaquil used "
     "tear gas. Government Minister Lucia Andrade called for calm.", "Lucia Andrade", "ECU"),
    ("A ferry sank off Zamboanga on Sunday. Survivors were brought to Zamboanga and Jolo. "
     "Transport Secretary Ramon Dizon ordered an inquiry.", "Ramon Dizon", "PHL"),
    ("Wildfires spread near Patras and Corinth. Villages around Patras were evacuated. Civil "
     "Protection Minister Nikos Vardakis said more planes were on the way.", "Nikos Vardakis",
     "GRC"),
    ("Gunmen attacked a bus near Kaduna and Zaria. Two passengers died in Zaria hospital. "
     "Police Minister Musa Danjuma vowed to find them.", "Musa Danjuma", "NGA"),
    ("Farmers blocked highways around Lyon and Grenoble. Traffic stopped near Lyon for hours. "
     "Agriculture Minister Claire Dumont met their leaders.", "Claire Dumont", "FRA"),
    ("Strikes shut ports in Mombasa and Lamu. Dock workers in Mombasa demanded higher pay. "
     "Labour Minister Peter Otieno urged talks.", "Peter Otieno", "KEN"),
    ("Riots broke out in Osh and Jalal-Abad. Shops in Osh were looted. Interior Minister "
     "Bakyt Toktorov declared a curfew.", "Bakyt Toktorov", "KGZ"),
    ("An earthquake struck near Izmir and Manisa. Buildings collapsed in Izmir. Health "
     "Minister Emre Kaya said hospitals were coping.", "Emre Kaya", "TUR"),
    ("Voters queued in Arequipa and Cusco from dawn. Turnout in Cusco was high. Interior "
     "Minister Jorge Quispe said the vote was calm.", "Jorge Quispe", "PER"),
]


@pytest.mark.parametrize(("text", "name", "country"), OFFICIALS_IN_CONTEXT)
def test_an_official_without_a_country_takes_the_country_of_the_article(
        pipeline, text: str, name: str, country: str) -> None:
    assert _actor(pipeline, text, name).country == country


FORMER_IN_TEXT = [
    ("Former Interior Minister Jonas Berg said the police had failed.", "Jonas Berg"),
    ("The court summoned former Prime Minister Ilir Kodra on Tuesday.", "Ilir Kodra"),
    ("Ex-President Donald Trump said the vote was rigged.", "Donald Trump"),
    ("Former Chancellor Angela Merkel spoke at the ceremony.", "Angela Merkel"),
    ("Ousted President Amadou Sane fled to a neighbouring country.", "Amadou Sane"),
    ("Retired General Piet Marais led the march.", "Piet Marais"),
    ("Former Defence Minister Ana Ruiz was charged with fraud.", "Ana Ruiz"),
    ("The late President Oscar Mbeki was buried on Friday.", "Oscar Mbeki"),
]


@pytest.mark.parametrize(("text", "name"), FORMER_IN_TEXT)
def test_former_office_holders_in_text_are_elites(pipeline, text: str, name: str) -> None:
    assert _actor(pipeline, text, name, "2019-05-01").sector == "ELI"


REGION_GROUPS_IN_TEXT = [
    ("Sindh police arrested five men on Tuesday.", "police", "PAK", "COP"),
    ("Ohio lawmakers passed the bill late on Thursday.", "lawmakers", "USA", "LEG"),
    ("Kerala police detained the protesters.", "police", "IND", "COP"),
    ("Zamfara police said the kidnappers had fled.", "police", "NGA", "COP"),
    ("Idlib militants shelled the village at dawn.", "militants", "SYR", "REB"),
    ("Sichuan authorities closed the schools.", "authorities", "CHN", "GOV"),
    ("Darfur rebels attacked a convoy.", "rebels", "SDN", "REB"),
    ("Queensland police found the car.", "police", "AUS", "COP"),
]


@pytest.mark.parametrize(("text", "word", "country", "sector"), REGION_GROUPS_IN_TEXT)
def test_groups_named_after_a_region_have_its_country(pipeline, text: str, word: str,
                                                      country: str, sector: str) -> None:
    actor = _actor(pipeline, text, word)
    assert (actor.country, actor.sector) == (country, sector)


DATED_IN_TEXT = [
    ("Chancellor Angela Merkel said the talks would go on.", "Merkel", "2019-01-10", "GOV"),
    ("Angela Merkel said the talks would go on.", "Merkel", "2023-01-10", "ELI"),
    ("Donald Trump said the talks would go on.", "Trump", "2019-01-10", "GOV"),
    ("Donald Trump said the talks would go on.", "Trump", "2023-01-10", "ELI"),
    ("Donald Trump said the talks would go on.", "Trump", "2025-08-10", "GOV"),
    ("Joe Biden said the talks would go on.", "Biden", "2026-01-10", "ELI"),
]


@pytest.mark.parametrize(("text", "name", "published", "sector"), DATED_IN_TEXT)
def test_known_people_in_text_have_their_role_on_the_publication_date(
        pipeline, text: str, name: str, published: str, sector: str) -> None:
    assert _actor(pipeline, text, name, published).sector == sector
