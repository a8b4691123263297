"""The main incident of a Gun Violence Database article (``evaluate.gvdb.main_incident``), on
made-up stories: the violent incident the headline or the lead tells, with harm, before a side
story told later with more mentions or a toll of its own."""

from __future__ import annotations

from typing import Any

from sitrep.evaluate.gvdb import lead_end, main_incident

STORY = ("Dog shot by burglars dies | Channel 9\n\n"
         "SPRINGDALE, Ark. - A dog shot by burglars during a break-in on Tuesday has died, its "
         "owner said. The burglars took a laptop and a television. In other news, a footballer "
         "was shot dead while on holiday abroad, his club said. Police said the footballer was "
         "shot twice.")
TITLE = "Dog shot by burglars dies | Channel 9"


def _inc(iid: str, family: str = "ASSAULT", killed: int | None = None,
         injured: int | None = None) -> dict[str, Any]:
    return {"id": iid, "family": family, "fatalities_best": killed, "injured_best": injured}


def test_lead_ends_after_the_headline_and_two_sentences_of_the_story() -> None:
    end = lead_end(STORY, TITLE)
    assert STORY[:end].endswith("a television.")


def test_lead_without_a_headline_is_the_first_two_sentences() -> None:
    text = "A man was shot on Main Street. He died later. Police arrested a suspect."
    assert text[:lead_end(text, None)] == "A man was shot on Main Street. He died later."


def test_short_story_is_all_lead() -> None:
    assert lead_end("A man was shot.", None) == len("A man was shot.")


def test_the_leads_incident_is_main_over_a_later_side_story_with_a_toll() -> None:
    lead, side = _inc("dog"), _inc("abroad", killed=1)
    firsts = {"dog": 0, "abroad": STORY.index("In other news")}
    chosen = main_incident([lead, side], "a", {"dog": 1, "abroad": 2}, firsts,
                           lead_end(STORY, TITLE))
    assert chosen is lead


def test_of_two_incidents_in_the_lead_the_one_with_harm_is_main() -> None:
    arrest, shooting = _inc("arrest"), _inc("shooting", injured=2)
    chosen = main_incident([arrest, shooting], "a", {"arrest": 3, "shooting": 1},
                           {"arrest": 0, "shooting": 40}, lead=200)
    assert chosen is shooting


def test_violence_outside_the_lead_is_main_over_a_statement_in_the_lead() -> None:
    statement, shooting = _inc("said", family="ACCUSE"), _inc("shooting", killed=1)
    chosen = main_incident([statement, shooting], "a", {"said": 2, "shooting": 1},
                           {"said": 0, "shooting": 500}, lead=200)
    assert chosen is shooting


def test_without_positions_the_most_mentioned_violent_incident_is_main() -> None:
    one, two = _inc("one", killed=1), _inc("two", killed=1)
    assert main_incident([one, two], "a", {"one": 1, "two": 3}) is two
    assert main_incident([], "a", {}) is None


def _town(name: str, state: str) -> dict[str, Any]:
    from sitrep.resources.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    town = next(c for c in gaz.lookup(name, kinds={"city"}, country="USA") if c.admin1 == state)
    division = gaz.admin1("US", state)
    assert division is not None
    return {"place": town.name, "admin1": division.name, "geonameid": town.geonameid,
            "lat": town.lat, "lon": town.lon}


def test_a_town_inside_the_annotated_county_is_the_annotated_place() -> None:
    from sitrep.evaluate.gvdb import city_matches

    assert city_matches(_town("Cypress", "TX"), "Harris County", "Texas")
    assert city_matches(_town("Pasadena", "TX"), "HARRIS COUNTY", "Texas")
    assert city_matches(_town("Evanston", "IL"), "Cook County", "Illinois")


def test_a_town_of_another_county_is_not() -> None:
    from sitrep.evaluate.gvdb import city_matches

    assert not city_matches(_town("Cypress", "TX"), "Travis County", "Texas")
    assert not city_matches(_town("Naperville", "IL"), "Cook County", "Illinois")
    assert not city_matches(_town("Cypress", "TX"), "Harris County", "Georgia")


def test_a_town_of_a_county_named_like_a_city_is_not_that_city() -> None:
    from sitrep.evaluate.gvdb import city_matches

    # Pomona lies in Los Angeles County, whose other name is "Los Angeles": not the city
    assert not city_matches(_town("Pomona", "CA"), "Los Angeles", "California")
    assert city_matches(_town("Pomona", "CA"), "Los Angeles County", "California")


def test_a_part_of_a_large_town_beyond_15_km_is_that_town() -> None:
    """GeoNames lists a large town's neighbourhoods as towns of their own, some farther than
    15 km from the town's point: a small place of the town's county within its reach is it."""
    from sitrep.evaluate.gvdb import city_matches

    assert city_matches(_town("Rogers Park", "IL"), "Chicago", "Illinois")  # 18 km
    assert city_matches(_town("Canoga Park", "CA"), "Los Angeles", "California")  # 35 km
    assert city_matches(_town("Woodland Hills", "CA"), "LOS ANGELES", "California")


def test_a_large_or_far_town_of_the_county_is_not_the_town() -> None:
    from sitrep.evaluate.gvdb import city_matches

    assert not city_matches(_town("Long Beach", "CA"), "Los Angeles", "California")  # 470,000
    assert not city_matches(_town("Pasadena", "TX"), "Houston", "Texas")  # 150,000
    assert not city_matches(_town("Anaheim", "CA"), "Los Angeles", "California")  # Orange Co.
    assert not city_matches(_town("Naperville", "IL"), "Chicago", "Illinois")  # DuPage Co.
