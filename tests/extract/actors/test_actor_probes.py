"""Probe phrases written for this project (made up, not from any data set), one list per error
class of issue 19: each phrase is coded in isolation by ``code_actor`` with NGEC's conventions
("" = no country)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.actors.code import code_actor

# ordinary actor nouns, singular and plural, with the sector a coder would give them
ACTOR_NOUNS = [
    ("truck drivers", "CVL"), ("a taxi driver", "CVL"), ("motorists", "CVL"),
    ("passengers", "CVL"), ("bystanders", "CVL"), ("pedestrians", "CVL"),
    ("defense attorneys", "JUD"), ("her attorney", "JUD"), ("lawyers for the family", "JUD"),
    ("a human rights lawyer", "JUD"), ("magistrates", "JUD"),
    ("security experts", "EDU"), ("an expert", "EDU"), ("analysts", "EDU"),
    ("researchers", "EDU"), ("scholars", "EDU"), ("scientists", "EDU"),
    ("foreign mercenaries", "PRM"), ("a mercenary", "PRM"),
    ("private military contractors", "PRM"),
    ("the secret services", "SPY"), ("intelligence services", "SPY"),
    ("an intelligence agent", "SPY"), ("spy agencies", "SPY"),
    ("the legislature", "LEG"), ("state legislatures", "LEG"), ("the lower house", "LEG"),
    ("the upper house", "LEG"),
    ("dockworkers", "LAB"), ("coal miners", "LAB"), ("trade unionists", "LAB"),
    ("bankers", "BUS"), ("business owners", "BUS"), ("executives", "BUS"),
    ("shopkeepers", "BUS"), ("traders", "BUS"),
    ("paramedics", "HLH"), ("surgeons", "HLH"), ("physicians", "HLH"),
    ("monks", "REL"), ("nuns", "REL"), ("clergymen", "REL"), ("pastors", "REL"),
    ("editors", "MED"), ("a photojournalist", "MED"), ("correspondents", "MED"),
    ("broadcasters", "MED"),
    ("paratroopers", "MIL"), ("commandos", "MIL"), ("conscripts", "MIL"),
    ("reservists", "MIL"), ("snipers", "MIL"), ("sailors", "MIL"),
    ("detectives", "COP"), ("a sheriff", "COP"), ("constables", "COP"),
]


@pytest.mark.parametrize(("phrase", "sector"), ACTOR_NOUNS)
def test_ordinary_actor_nouns_are_coded_with_their_sector(phrase: str, sector: str) -> None:
    assert code_actor(phrase) == ("", sector)


# weapons and military equipment: the armed forces that use them
EQUIPMENT = [
    ("warplanes", ""), ("Russian warplanes", "RUS"), ("fighter jets", ""),
    ("Israeli jets", "ISR"), ("a bomber", ""), ("helicopter gunships", ""),
    ("attack helicopters", ""), ("military drones", ""), ("Turkish drones", "TUR"),
    ("tanks", ""), ("Ukrainian tanks", "UKR"), ("armored vehicles", ""),
    ("armoured personnel carriers", ""), ("artillery", ""), ("Armenian artillery", "ARM"),
    ("howitzers", ""), ("warships", ""), ("a Chinese destroyer", "CHN"), ("destroyers", ""),
    ("frigates", ""), ("a Japanese frigate", "JPN"), ("submarines", ""), ("corvettes", ""),
    ("an aircraft carrier", ""), ("patrol boats", ""), ("rocket launchers", ""),
    ("cruise missiles", ""), ("Iranian missiles", "IRN"), ("gunboats", ""),
]


@pytest.mark.parametrize(("phrase", "country"), EQUIPMENT)
def test_weapons_and_military_equipment_are_military(phrase: str, country: str) -> None:
    assert code_actor(phrase) == (country, "MIL")


# provinces, states, regions and their courts and bodies: the country GeoNames puts them in
REGIONS = [
    ("Ohio lawmakers", "USA", "LEG"), ("Sindh police", "PAK", "COP"),
    ("the Texas Supreme Court", "USA", "JUD"), ("Quebec premier", "CAN", "GOV"),
    ("Kerala police", "IND", "COP"), ("Sichuan authorities", "CHN", "GOV"),
    ("Queensland police officers", "AUS", "COP"), ("Bavaria's interior minister", "DEU", "GOV"),
    ("Darfur rebels", "SDN", "REB"), ("Xinjiang officials", "CHN", "GOV"),
    ("Oromia regional officials", "ETH", "GOV"), ("Jalisco state prosecutors", "MEX", "JUD"),
    ("the Sinaloa governor", "MEX", "GOV"), ("the Balochistan Assembly", "PAK", "LEG"),
    ("Catalonia's regional government", "ESP", "GOV"), ("Rakhine Buddhists", "MMR", "REL"),
    ("the Ontario government", "CAN", "GOV"), ("California's governor", "USA", "GOV"),
    ("Zamfara police", "NGA", "COP"), ("Bihar legislators", "IND", "LEG"),
    ("Guerrero state police", "MEX", "COP"), ("Antioquia's governor", "COL", "GOV"),
    ("Borno State officials", "NGA", "GOV"), ("Tamaulipas cartels", "MEX", "CRM"),
    ("Kachin rebels", "MMR", "REB"), ("Helmand police", "AFG", "COP"),
    ("Idlib militants", "SYR", "REB"), ("Cabo Delgado insurgents", "MOZ", "REB"),
    ("Tigrayan forces", "ETH", "MIL"), ("Bavarian police", "DEU", "COP"),
    ("Kashmiri separatists", "IND", "REB"), ("Sindhi lawmakers", "PAK", "LEG"),
    ("the Khyber Pakhtunkhwa government", "PAK", "GOV"), ("Aceh clerics", "IDN", "REL"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), REGIONS)
def test_regions_and_their_bodies_have_the_country_of_the_region(phrase: str, country: str,
                                                                sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# proper names that are not in the lexicons and are not governments
UNKNOWN_NAMES = [
    ("Norvik Shipping Ltd", "BUS"), ("Helios Energy Corporation", "BUS"),
    ("Arvalis Bank", "BUS"), ("Tarrant Logistics Inc.", "BUS"), ("Meridian Airlines", "BUS"),
    ("Kestrel Motors", "BUS"), ("Solano Holdings", "BUS"), ("Brightwater Industries", "BUS"),
    ("Greenfield Foundation", "NGO"), ("the Open Roads Charity", "NGO"),
    ("the Hope for Children Charity", "NGO"), ("Riverside University", "EDU"),
    ("the Northgate Institute of Technology", "EDU"), ("Saint Agnes Hospital", "HLH"),
    ("the Daily Courier", "MED"), ("Radio Meridian", "MED"), ("Harbour Television", "MED"),
    ("the Valley Gazette", "MED"), ("People's Renewal Party", "PTY"),
    ("the Green Horizon Party", "PTY"), ("Vostok-7 drones", "MIL"),
    ("the Orion-3 missile", "MIL"), ("Halden Pharmaceuticals", "BUS"),
]


@pytest.mark.parametrize(("phrase", "sector"), UNKNOWN_NAMES)
def test_unknown_proper_names_take_the_sector_of_their_head_word(phrase: str,
                                                                 sector: str) -> None:
    assert code_actor(phrase)[1] == sector


UNKNOWN_NOT_GOVERNMENT = ["Pelham", "Zorvex", "Kalmora", "Astrovia Group", "Tarnak"]


@pytest.mark.parametrize("phrase", UNKNOWN_NOT_GOVERNMENT)
def test_an_unknown_name_that_is_not_a_person_is_not_a_government(phrase: str) -> None:
    assert code_actor(phrase)[1] != "GOV"


# an official whose title names no country: the country of the context
TITLE_IN_CONTEXT = [
    ("Interior Minister Pavel Dorin", "Riot police cleared a square in Chisinau.", "MDA"),
    ("the interior minister", "Protests spread across Bolivia on Monday.", "BOL"),
    ("Defense Minister Amadou Keita", "Soldiers were deployed in Bamako overnight.", "MLI"),
    ("the foreign minister", "The Kenyan government recalled its envoy.", "KEN"),
    ("Finance Minister Laila Haddad", "Banks in Beirut stayed shut for a third day.", "LBN"),
    ("the police chief", "Gunmen attacked a bus in Peshawar.", "PAK"),
    ("Governor Ruth Okafor", "Floods displaced thousands in Kano State.", "NGA"),
    ("the army spokesman", "Fighting resumed near Khartoum.", "SDN"),
    ("Prime Minister Ivo Marek", "Thousands marched in Prague against the budget.", "CZE"),
    ("the justice minister", "A court in Ankara jailed two reporters.", "TUR"),
    ("Health Minister Sara Lind", "Hospitals in Gothenburg ran short of beds.", "SWE"),
    ("the mayor", "Heavy rain flooded streets in Medellin.", "COL"),
    ("Interior Minister Jonas Petraitis", "Border guards in Lithuania detained 40 migrants.",
     "LTU"),
    ("the defence secretary", "British troops left the base on Friday.", "GBR"),
    ("President Maria Duarte", "Voters in Tegucigalpa queued for hours.", "HND"),
    ("the provincial governor", "Militants attacked a checkpoint in Balochistan.", "PAK"),
    ("Deputy Minister Oleh Hrytsenko", "Shelling hit Kharkiv on Tuesday.", "UKR"),
    ("the chief of police", "Protesters blocked roads in Sindh province.", "PAK"),
    ("Foreign Minister Tamar Beridze", "The Georgian parliament passed the law.", "GEO"),
    ("the energy minister", "Blackouts hit Johannesburg again.", "ZAF"),
    ("Army chief General Moses Kato", "Troops were sent to Gulu in northern Uganda.", "UGA"),
]


@pytest.mark.parametrize(("phrase", "context", "country"), TITLE_IN_CONTEXT)
def test_an_official_without_a_country_takes_the_country_of_the_context(
        phrase: str, context: str, country: str) -> None:
    assert code_actor(phrase, context)[0] == country


# former office-holders
FORMER = [
    ("former interior minister", ""), ("an ex-president", ""), ("the ousted prime minister", ""),
    ("the deposed king", ""), ("a retired general", ""), ("former army chief", ""),
    ("a onetime defense secretary", ""), ("the erstwhile foreign minister", ""),
    ("a former senator", ""), ("the former police chief", ""), ("former chief justice", ""),
    ("a former spy chief", ""), ("retired colonel", ""), ("the former mayor of Lviv", "UKR"),
    ("former French president", "FRA"), ("ex-prime minister of Pakistan", "PAK"),
    ("a former Kenyan lawmaker", "KEN"), ("Nigeria's former oil minister", "NGA"),
    ("the toppled president", ""), ("the overthrown ruler", ""),
    ("former Chancellor Angela Merkel", "DEU"), ("ex-President Donald Trump", "USA"),
]


@pytest.mark.parametrize(("phrase", "country"), FORMER)
def test_former_office_holders_are_elites(phrase: str, country: str) -> None:
    assert code_actor(phrase) == (country, "ELI")


# known people: their role on the document's date
DATED = [
    ("Angela Merkel", "2012-05-01", "GOV"), ("Angela Merkel", "2023-05-01", "ELI"),
    ("Heiko Maas", "2020-01-10", "GOV"), ("Heiko Maas", "2022-06-01", "ELI"),
    ("Donald Trump", "2018-03-03", "GOV"), ("Donald Trump", "2023-03-03", "ELI"),
    ("Donald Trump", "2025-09-01", "GOV"), ("Joe Biden", "2022-02-02", "GOV"),
    ("Joe Biden", "2026-02-02", "ELI"), ("Scott Morrison", "2020-01-01", "GOV"),
    ("Hashim Thaci", "2018-01-01", "GOV"), ("Hashim Thaci", "2022-01-01", "ELI"),
    ("Jean-Yves Le Drian", "2019-01-01", "GOV"), ("Jean-Yves Le Drian", "2024-01-01", "ELI"),
    ("Mahinda Rajapaksa", "2020-07-01", "GOV"), ("Mahinda Rajapaksa", "2024-07-01", "ELI"),
    ("Ben Wallace", "2021-01-01", "GOV"), ("Ben Wallace", "2024-01-01", "ELI"),
    ("Vladimir Putin", "2024-01-01", "GOV"), ("Emmanuel Macron", "2022-01-01", "GOV"),
    ("Jüri Ratas", "2019-01-01", "GOV"), ("Jüri Ratas", "2023-01-01", "ELI"),
    ("Joe Biden", "2014-05-05", "GOV"), ("Lula", "2008-01-01", "GOV"),
    ("Lula", "2015-01-01", "ELI"), ("Lula", "2024-01-01", "GOV"),
]


@pytest.mark.parametrize(("phrase", "date", "sector"), DATED)
def test_known_people_are_coded_with_their_role_on_the_date(phrase: str, date: str,
                                                            sector: str) -> None:
    assert code_actor(phrase, date=dt.date.fromisoformat(date))[1] == sector
