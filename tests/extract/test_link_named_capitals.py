"""Made-up probes (not copied from any data set): a capital phrase followed by the town it names
("the Tanzanian capital Dar-es-Salaam", "Bolivia's capital, La Paz") is that town, the one
the reporter calls the capital (the seat of government, or the capital of the day), not the
country's capital of record (Dodoma, Sucre) added beside it (``extract.capitals``). Before, the
act was placed in both towns. Neighbours: a capital phrase alone is still the capital of
record, and a named capital that is the capital of record stays."""

from __future__ import annotations

import pytest

from samples import event_places

# (text, the town that must place the act, the capital of record that must not)
NAMED = [
    ("A car bomb exploded outside the U.S. embassy in the Tanzanian capital Dar-es-Salaam on "
     "Friday, killing six people.", "Dar es Salaam", "Dodoma"),
    ("A bomb exploded in Tanzania's capital, Dar es Salaam, on Friday.", "Dar es Salaam",
     "Dodoma"),
    ("Police fired tear gas at protesters in the Ivorian capital, Abidjan, on Friday.",
     "Abidjan", "Yamoussoukro"),
    ("Gunmen attacked a hotel in the capital of Ivory Coast, Abidjan, on Sunday.", "Abidjan",
     "Yamoussoukro"),
    ("Thousands of miners clashed with police in the Bolivian capital La Paz on Monday.",
     "La Paz", "Sucre"),
    ("Riot police arrested 40 protesters in Bolivia's capital, La Paz, on Tuesday.", "La Paz",
     "Sucre"),
    ("Troops fired on students in the Nigerian capital Lagos on Monday.", "Lagos", "Abuja"),
    ("Soldiers arrested 20 monks in the Burmese capital Rangoon on Tuesday.", "Yangon",
     "Nay Pyi Taw"),
    ("Police detained two reporters in Kazakhstan's capital, Almaty, on Friday.", "Almaty",
     "Astana"),
    ("Gunmen killed three guards in the capital of Benin, Cotonou, on Sunday.", "Cotonou",
     "Porto-Novo"),
    ("Protesters attacked the parliament in the Beninese capital Cotonou on Monday.",
     "Cotonou", "Porto-Novo"),
    ("A grenade wounded four people in the Tanzanian capital city of Dar es Salaam on Monday.",
     "Dar es Salaam", "Dodoma"),
]

KEPT = [
    ("A suicide bomber killed ten people in the Afghan capital on Monday.", "Kabul"),
    ("Police fired tear gas at protesters in the Kenyan capital, Nairobi, on Friday.",
     "Nairobi"),
    ("Five police officers were killed in Venezuela's capital on Sunday.", "Caracas"),
    ("A bomb exploded in the Tanzanian capital on Friday.", "Dodoma"),
    ("Gunmen attacked a hotel in the capital of Kenya on Friday.", "Nairobi"),
]


@pytest.mark.parametrize(("text", "town", "record"), NAMED)
def test_a_capital_phrase_is_the_town_it_names(pipeline, text, town, record):
    places = event_places(pipeline, text)
    assert any(town in name for name in places), places
    assert not any(record in name for name in places), places


@pytest.mark.parametrize(("text", "town"), KEPT)
def test_a_capital_phrase_alone_is_the_capital(pipeline, text, town):
    places = event_places(pipeline, text)
    assert any(town in name for name in places), places
