"""Two officials joined by "and", each with a title ("Trade Minister Joseph Kamotho and American
ambassador Prudence Bushnell"): the country of the second one's title is not the first one's
(issue 15, round 2: the minister was coded USA, the most salient country of the sentence being
the ambassador's). An official whose title names no country takes no country from the title of
another official named after them in the sentence. Read with the real model on made-up
sentences, each processed as one article. Neighbours: each title's own country stays."""

from __future__ import annotations

import pytest

import sitrep

# (text, first official, the country of the second's title, which the first must not take)
COORDINATED = [
    ("Trade Minister Joseph Kamotho and American ambassador Prudence Bushnell were injured in "
     "the blast.", "Joseph Kamotho", "USA"),
    ("Finance Minister Ruth Okello and British envoy Mark Hale met in Kampala on Monday.",
     "Ruth Okello", "GBR"),
    ("Interior Minister Ali Hamdan and French ambassador Claire Duval discussed the attack.",
     "Ali Hamdan", "FRA"),
    ("Defence Minister Omar Sesay and Nigerian general Musa Bello inspected the troops.",
     "Omar Sesay", "NGA"),
    ("Foreign Minister Lin Wei and Japanese ambassador Kenji Sato signed the accord.",
     "Lin Wei", "JPN"),
    ("Health Minister Asha Mwangi and German envoy Lukas Brandt visited the hospital.",
     "Asha Mwangi", "DEU"),
    ("Police Chief Juan Vega and Mexican consul Rosa Ibarra spoke to reporters.", "Juan Vega",
     "MEX"),
    ("Energy Minister Paul Nkosi and Chinese ambassador Li Ming opened the plant.", "Paul Nkosi",
     "CHN"),
    ("Justice Minister Anna Kruger and Russian envoy Igor Petrov held talks.", "Anna Kruger",
     "RUS"),
    ("Trade Minister Sam Otieno and Indian ambassador Raj Mehta toured the port.", "Sam Otieno",
     "IND"),
    ("Agriculture Minister Lea Moyo and Dutch ambassador Pieter de Vries met farmers.",
     "Lea Moyo", "NLD"),
    ("Education Minister Kofi Mensah and Canadian envoy Jean Roy launched the programme.",
     "Kofi Mensah", "CAN"),
]

# (text, official, country)
KEPT = [
    ("Kenyan Trade Minister Joseph Kamotho and American ambassador Prudence Bushnell met in "
     "Nairobi.", "Joseph Kamotho", "KEN"),
    ("Kenyan Trade Minister Joseph Kamotho and American ambassador Prudence Bushnell met in "
     "Nairobi.", "Prudence Bushnell", "USA"),
    ("President Joseph Kabila and Rwandan President Paul Kagame met in Goma.", "Paul Kagame",
     "RWA"),
    ("Defence Minister Omar Sesay and Nigerian general Musa Bello inspected the troops.",
     "Musa Bello", "NGA"),
    ("Interior Minister Ali Hamdan and French ambassador Claire Duval discussed the attack.",
     "Claire Duval", "FRA"),
]


def _country(text: str, name: str) -> str | None:
    actors = sitrep.process_text(text, published="2020-10-05").actors
    found = [a for a in actors if a.text == name]
    assert found, [a.text for a in actors]
    return found[0].country


@pytest.mark.parametrize(("text", "name", "other"), COORDINATED)
def test_an_official_takes_no_country_from_the_next_officials_title(
        text: str, name: str, other: str) -> None:
    assert _country(text, name) != other


@pytest.mark.parametrize(("text", "name", "country"), KEPT)
def test_each_title_keeps_its_own_country(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country
