"""Probe phrases for issue 19, item 3 (session 34), written for this project: made-up names,
places and wording, none copied from a data set. One list per error class, each phrase coded in
isolation by ``code_actor`` with its context and, where given, the document's date (NGEC's
conventions: "" = no country or no sector). Each class carries near neighbours that must keep
their coding."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.actors.code import code_actor

# 1. an unknown person with a title that names no country: the context's country
TITLED_IN_CONTEXT = [
    ("Interior Minister Rafael Ossa",
     "Colombian troops were sent to the border. Interior Minister Rafael Ossa said the "
     "curfew would last a week.", "COL", "GOV"),
    ("Defence Secretary J. Moyo",
     "Zimbabwe will buy new trucks for its army, Defence Secretary J. Moyo told reporters.",
     "ZWE", "GOV"),
    ("Foreign Minister Odile Marchetti",
     "After talks in Rome, Foreign Minister Odile Marchetti said Italy would send aid.",
     "ITA", "GOV"),
    ("Health Minister Kwabena Asare",
     "Ghanaian hospitals ran short of oxygen. Health Minister Kwabena Asare ordered imports.",
     "GHA", "GOV"),
    ("Justice Minister Lena Sorvik",
     "Justice Minister Lena Sorvik said Swedish prisons were full.", "SWE", "GOV"),
    ("Police Chief Samuel Otieno",
     "Police Chief Samuel Otieno said the riots in Mombasa had ended.", "KEN", "COP"),
    ("army spokesman Colonel Ivo Petrak",
     "Czech soldiers finished the exercise, army spokesman Colonel Ivo Petrak said.",
     "CZE", "MIL"),
    ("Finance Minister Tariq Mehmood",
     "Finance Minister Tariq Mehmood presented the budget in Islamabad.", "PAK", "GOV"),
    ("Governor Aliyu Danjuma",
     "Governor Aliyu Danjuma said bandits had attacked three villages in Katsina.",
     "NGA", "GOV"),
    ("Prime Minister Veronika Hrabal",
     "Prime Minister Veronika Hrabal met Slovak farmers on Friday.", "SVK", "GOV"),
    ("Attorney General Mariam Wanjiru",
     "In Nairobi, Attorney General Mariam Wanjiru appealed the ruling.", "KEN", "JUD"),
    ("Senator Luis Arriaga",
     "Senator Luis Arriaga asked the Chilean navy to explain the sinking.", "CHL", "LEG"),
    ("Deputy Interior Minister Hamid Rostami",
     "Iranian police arrested dozens, Deputy Interior Minister Hamid Rostami said.",
     "IRN", "GOV"),
    ("Mayor Ines Carvalho",
     "Mayor Ines Carvalho closed the beaches of Porto after the storm.", "PRT", "GOV"),
    ("Defence Minister Teodor Vasile",
     "Romania will host more NATO troops, Defence Minister Teodor Vasile said.", "ROU", "GOV"),
    # near neighbours: a title that names its own country keeps it; no context, no country
    ("Peruvian Interior Minister Rafael Ossa",
     "Colombian troops were sent to the border.", "PER", "GOV"),
    ("Interior Minister Rafael Ossa", "", "", "GOV"),
    ("Kenya's police chief", "Tanzanian officials met in Arusha.", "KEN", "COP"),
]


@pytest.mark.parametrize(("phrase", "context", "country", "sector"), TITLED_IN_CONTEXT)
def test_titled_unknown_person_takes_the_country_of_the_context(
        phrase: str, context: str, country: str, sector: str) -> None:
    assert code_actor(phrase, context) == (country, sector)


# 2. provinces, states, courts and ethnic regions: their country through GeoNames admin1
REGIONS = [
    ("the Kasai provincial government", "COD", "GOV"),
    ("Kurdistan regional forces", "IRQ", "MIL"),
    ("Oromia regional police", "ETH", "COP"),
    ("the Balochistan Assembly", "PAK", "LEG"),
    ("Quebec provincial police", "CAN", "COP"),
    ("the Kerala High Court", "IND", "JUD"),
    ("Jalisco state police", "MEX", "COP"),
    ("a Guangdong court", "CHN", "JUD"),
    ("the Anbar provincial council", "IRQ", "GOV"),
    ("Helmand provincial officials", "AFG", "GOV"),
    ("the Zamfara state government", "NGA", "GOV"),
    ("Queensland police", "AUS", "COP"),
    ("the Ontario legislature", "CAN", "LEG"),
    ("Chihuahua state prosecutors", "MEX", "JUD"),
    ("the Kachin state government", "MMR", "GOV"),
    ("Tamil Nadu police", "IND", "COP"),
    ("the Lombardy regional council", "ITA", "GOV"),
    ("a Bavarian court", "DEU", "JUD"),
    # a division far more populous than any namesake keeps its name ("Florida": not a
    # department of Uruguay nor a Puerto Rican municipality)
    ("Florida prosecutors", "USA", "JUD"), ("a Florida court", "USA", "JUD"),
    ("Florida state police", "USA", "COP"),
    # near neighbours: a name shared by countries names none; a country's own name keeps it
    ("Kurdish fighters", "", "REB"), ("Western province police", "", "COP"),
    ("Northern region police", "", "COP"),
    ("the Kenyan High Court", "KEN", "JUD"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), REGIONS)
def test_a_region_names_its_country(phrase: str, country: str, sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# 3. an unknown proper name is not a government by default
NOT_GOVERNMENT = [
    ("Brightwater Holdings Ltd", "", "BUS"), ("Coastal Minerals Inc", "", "BUS"),
    ("Prison Conditions Watch", "", "NGO"), ("the Eastern Morning Times", "", "MED"),
    ("Horizon TV", "", "MED"), ("Radio Kalinda", "", "MED"), ("Zephyr Airways", "", "BUS"),
    ("Northbridge University", "", "EDU"), ("Saint Brigid's Hospital", "", "HLH"),
    ("Redwater Logistics Group", "", "BUS"), ("Greenvale Pharmaceuticals", "", "BUS"),
    # newspapers, stations and charities by their last word, also before a legal form
    ("the Lantern Daily", "", "MED"), ("Lantern Daily", "", "MED"), ("Vosta FM", "", "MED"),
    ("the Arden Observer", "", "MED"), ("Arden Press", "", "MED"),
    ("Arden Online", "", "MED"), ("Arden Broadcasting Corporation", "", "MED"),
    ("Tamsin Media Group", "", "MED"), ("Arden Relief", "", "NGO"), ("Arden Aid", "", "NGO"),
    ("Arden Network", "", "NGO"), ("the Coastal Rights Coalition", "", "NGO"),
    ("the Clean Water Initiative", "", "NGO"),
    # unknown full names of people: officials by default, whatever the model makes of the
    # isolated name
    ("Mandla Okoye", "", "GOV"), ("Haruto Sato", "", "GOV"), ("Vadim Shumkov", "", "GOV"),
    ("Abdi Farah Warsame", "", "GOV"), ("Marek Zelinski", "", "GOV"),
    # near neighbours: a name of common nouns is no person; a name word inside a phrase names
    # nothing; a known body stays what it is; a network of companies is a business
    ("Silver Arrow", "", "UNK"), ("Golden Crane", "", "UNK"),
    ("Washington Post reporters", "USA", "MED"), ("Arden Networks", "", "BUS"),
    ("the Interior Ministry", "", "GOV"), ("Arden Petroleum Company", "", "BUS"),
    ("Okonkwo Eze", "", "GOV"), ("Arden Relief Ltd", "", "BUS"), ("Tarsis Trust Corp", "", "BUS"),
    ("owner of Arden Systems Network LLC", "", "BUS"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), NOT_GOVERNMENT)
def test_an_unknown_name_is_what_its_ending_says(phrase: str, country: str,
                                                 sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# 4. ordinary actor nouns and their sectors (whole families)
NOUNS = [
    ("taxi drivers", "", "CVL"), ("defence attorneys", "", "JUD"),
    ("foreign mercenaries", "", "PRM"), ("the secret services", "", "SPY"),
    ("the state legislature", "", "LEG"), ("federal prosecutors", "", "JUD"),
    ("jurors", "", "JUD"), ("prison wardens", "", "COP"),
    ("people smugglers", "", "CRM"), ("human traffickers", "", "CRM"),
    ("paramedics", "", "HLH"), ("poachers", "", "CRM"), ("dockworkers", "", "LAB"),
    ("imams", "", "REL"), ("magistrates", "", "JUD"), ("detectives", "", "COP"),
    ("paratroopers", "", "MIL"), ("conscripts", "", "MIL"), ("pirates", "", "CRM"),
    ("surgeons", "", "HLH"), ("bloggers", "", "MED"),
    # a trade or field named with the people in it
    ("arms dealers", "", "CRM"), ("an arms dealer", "", "CRM"),
    ("weapons smugglers", "", "CRM"), ("health workers", "", "HLH"),
    ("hospital staff", "", "HLH"), ("humanitarian workers", "", "NGO"),
    ("relief workers", "", "NGO"), ("customs officers", "", "GOV"),
    ("customs officials", "", "GOV"), ("shop owners", "", "BUS"),
    ("business owners", "", "BUS"), ("peasants", "", "AGR"), ("hackers", "", "CRM"),
    ("defence chiefs", "", "MIL"), ("the defense chief", "", "MIL"),
    ("police employees", "", "COP"),
    # people by where they live, what they own or do, whom they hold
    ("rioters", "", "CVL"), ("townspeople", "", "CVL"), ("homeowners", "", "CVL"),
    ("tenants", "", "CVL"), ("pensioners", "", "CVL"), ("retirees", "", "CVL"),
    ("spectators", "", "CVL"), ("the abductors", "", "CRM"), ("hostage-takers", "", "CRM"),
    ("bank employees", "", "BUS"), ("employees", "", "LAB"), ("missionaries", "", "REL"),
    ("landlords", "", "BUS"), ("secessionists", "", "REB"),
    ("anti-government rioters", "", "OPP"),
    # near neighbours: workers of no named field stay labour; a dealer alone is a business
    ("factory workers", "", "LAB"), ("workers", "", "LAB"), ("car dealers", "", "BUS"),
    ("oil workers", "", "LAB"), ("aid workers", "", "NGO"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), NOUNS)
def test_ordinary_actor_nouns_have_their_sector(phrase: str, country: str,
                                                sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# 5. weapons and military equipment: their side's military
EQUIPMENT = [
    ("Russian warplanes", "RUS", "MIL"), ("Israeli drones", "ISR", "MIL"),
    ("Turkish gunships", "TUR", "MIL"), ("Saudi fighter jets", "SAU", "MIL"),
    ("Indian destroyers", "IND", "MIL"), ("Chinese submarines", "CHN", "MIL"),
    ("Ukrainian artillery", "UKR", "MIL"), ("Azerbaijani attack helicopters", "AZE", "MIL"),
    ("an American aircraft carrier", "USA", "MIL"), ("Israeli tanks", "ISR", "MIL"),
    ("Pakistani fighter jets", "PAK", "MIL"), ("a Russian cruiser", "RUS", "MIL"),
    ("Ethiopian drones", "ETH", "MIL"), ("Egyptian frigates", "EGY", "MIL"),
    ("Syrian helicopter gunships", "SYR", "MIL"), ("North Korean missiles", "PRK", "MIL"),
    # missiles of every kind, mine warfare ships (WordNet families)
    ("Greek minesweepers", "GRC", "MIL"), ("Russian missiles", "RUS", "MIL"),
    ("Iranian ballistic missiles", "IRN", "MIL"), ("a Turkish minelayer", "TUR", "MIL"),
    ("Indian air-to-air missiles", "IND", "MIL"),
    # model designations of aircraft and armour
    ("Israeli F-16s", "ISR", "MIL"), ("a Russian Su-25", "RUS", "MIL"),
    ("Syrian MiG-29s", "SYR", "MIL"), ("Ukrainian T-72s", "UKR", "MIL"),
    # near neighbours: a maker is no operator; a civilian vessel is no military; a rebel
    # group's weapons are the group's
    ("Iranian-made drones", "", "MIL"), ("Russian-built helicopters", "", "UNK"),
    ("Chinese fishing boats", "CHN", ""), ("Houthi missiles", "YEM", "REB"),
    ("a Russian space rocket", "RUS", ""), ("M-23", "", "UNK"), ("COVID-19", "", "UNK"), ("Boeing 737s", "", "UNK"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), EQUIPMENT)
def test_equipment_is_the_military_of_its_side(phrase: str, country: str,
                                               sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# 6. roles on the document's date, former office-holders
DATED = [
    ("Barack Obama", dt.date(2012, 5, 1), "USA", "GOV"),
    ("Barack Obama", dt.date(2020, 5, 1), "USA", "ELI"),
    ("Angela Merkel", dt.date(2015, 3, 1), "DEU", "GOV"),
    ("Angela Merkel", dt.date(2023, 3, 1), "DEU", "ELI"),
    ("Joe Biden", dt.date(2012, 3, 1), "USA", "GOV"),
    ("Joe Biden", dt.date(2019, 3, 1), "USA", "ELI"),
    ("Joe Biden", dt.date(2022, 3, 1), "USA", "GOV"),
    ("Donald Trump", dt.date(2019, 3, 1), "USA", "GOV"),
    ("Boris Johnson", dt.date(2021, 3, 1), "GBR", "GOV"),
    ("Boris Johnson", dt.date(2023, 3, 1), "GBR", "ELI"),
    ("President Barack Obama", dt.date(2014, 3, 1), "USA", "GOV"),
]


@pytest.mark.parametrize(("phrase", "date", "country", "sector"), DATED)
def test_a_known_role_is_judged_on_the_document_date(phrase: str, date: dt.date,
                                                     country: str, sector: str) -> None:
    assert code_actor(phrase, date=date) == (country, sector)


FORMER = [
    ("former president Kamal Dossou", "", "ELI"),
    ("ex-minister Petra Lind", "", "ELI"),
    ("a former army chief", "", "ELI"),
    ("the former interior minister", "", "ELI"),
    ("ex-Prime Minister Ivan Dobrev", "", "ELI"),
    ("a retired general", "", "ELI"),
    ("former Senegalese president", "SEN", "ELI"),
    ("the ousted prime minister", "", "ELI"),
    ("a former police commissioner", "", "ELI"),
    ("former lawmakers", "", "ELI"), ("former defence chiefs", "", "ELI"),
    ("ex-army chief", "", "ELI"), ("a former Colombian senator", "COL", "ELI"),
    ("the former governor of Lagos", "NGA", "ELI"),
    # near neighbours: "former" of a possessor or a place; a sitting office-holder
    ("the former colony's president", "", "GOV"),
    ("the president", "", "GOV"),
    ("former rebels", "", "REB"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), FORMER)
def test_former_office_holders_are_elites(phrase: str, country: str, sector: str) -> None:
    assert code_actor(phrase) == (country, sector)
