"""Second set of probe phrases for issue 19, item 3, written for this project (made up, not from
any data set, and not the phrases of ``test_actor_probes.py``): one list per error class, with
near neighbours that must keep their coding. Each phrase is coded in isolation by
``code_actor`` with NGEC's conventions ("" = no country)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.actors.code import code_actor

# ordinary actor nouns beyond the hand lexicon (the WordNet-derived family, plurals included)
ACTOR_NOUNS = [
    ("Israeli settlers", "ISR", "CVL"), ("settlers", "", "CVL"), ("looters", "", "CRM"),
    ("a schoolteacher", "", "EDU"), ("pupils", "", "EDU"), ("midwives", "", "HLH"),
    ("truckers", "", "CVL"), ("prison guards", "", "COP"), ("civil servants", "", "GOV"),
    ("bureaucrats", "", "GOV"), ("voters", "", "CVL"), ("economists", "", "EDU"),
    ("lecturers", "", "EDU"), ("teenagers", "", "CVL"), ("cyclists", "", "CVL"),
    ("recruits", "", "MIL"), ("army recruits", "", "MIL"), ("fishermen", "", "LAB"),
    ("Somali fishermen", "SOM", "LAB"), ("shopkeepers", "", "BUS"), ("thieves", "", "CRM"),
    ("arsonists", "", "CRM"), ("a state trooper", "", "COP"), ("the jailers", "", "COP"),
    ("a district attorney", "", "JUD"), ("public defenders", "", "JUD"),
    ("backbenchers", "", "LEG"), ("an archbishop", "", "REL"), ("deacons", "", "REL"),
    ("newspaper editors", "", "MED"), ("fighter pilots", "", "MIL"),
    ("herdsmen", "", "AGR"), ("Fulani herdsmen", "", "AGR"), ("farmhands", "", "LAB"),
    ("electricians", "", "LAB"), ("evacuees", "", "CVL"), ("hijackers", "", "CRM"),
    ("rapists", "", "CRM"), ("naval officers", "", "MIL"), ("investigators", "", "COP"),
    ("ATF agents", "USA", "COP"),
    # near neighbours: the hand lexicon keeps its word, and words that are not people stay out
    ("the minister", "", "GOV"), ("editors", "", "MED"), ("drones", "", "MIL"),
    ("soldiers", "", "MIL"), ("the deputy", "", "GOV"), ("oil tankers", "", "UNK"),
    ("business partners", "", "UNK"), ("runners", "", "UNK"), ("shepherds", "", "UNK"),
    ("Nigerian police", "NGA", "COP"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), ACTOR_NOUNS)
def test_ordinary_nouns_of_people_take_the_sector_of_their_kind(phrase: str, country: str,
                                                                sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# heavy weapons, ships and aircraft: the military of the country that uses them; a country
# that made, built or supplied them is not their operator
EQUIPMENT = [
    ("battleships", "", "MIL"), ("mortars", "", "MIL"), ("a field gun", "", "MIL"),
    ("guided missile destroyers", "", "MIL"), ("a dive bomber", "", "MIL"),
    ("armoured personnel carriers", "", "MIL"), ("Egyptian warships", "EGY", "MIL"),
    ("Iranian-made drones", "", "MIL"), ("Russian-built tanks", "", "MIL"),
    ("US-supplied howitzers", "", "MIL"), ("Chinese-designed frigates", "", "MIL"),
    ("French-made jets", "", "MIL"), ("Turkish-manufactured drones", "", "MIL"),
    ("Russian warplanes", "RUS", "MIL"), ("Pakistani jets", "PAK", "MIL"),
    ("Indian artillery", "IND", "MIL"), ("the Greek frigate", "GRC", "MIL"),
    ("Moscow-backed forces", "RUS", "MIL"), ("Iran-backed militias", "IRN", "PRM"),
    ("Kyiv-based analysts", "UKR", "EDU"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), EQUIPMENT)
def test_equipment_is_military_of_its_operator_not_its_maker(phrase: str, country: str,
                                                            sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


EQUIPMENT_IN_CONTEXT = [
    ("Iranian-made drones", "Russia launched waves of attacks on Kyiv overnight.", "RUS"),
    ("Chinese-built frigates", "The Pakistani navy commissioned two ships.", "PAK"),
    ("US-supplied howitzers", "Ukrainian gunners shelled the positions.", "UKR"),
    ("the warplanes", "Saudi jets struck Sanaa again.", "SAU"),
    ("tanks", "Azerbaijani troops advanced on the town.", "AZE"),
    ("the gunboats", "The Philippine coast guard reported the incident.", "PHL"),
]


@pytest.mark.parametrize(("phrase", "context", "country"), EQUIPMENT_IN_CONTEXT)
def test_equipment_takes_its_operator_from_the_context(phrase: str, context: str,
                                                       country: str) -> None:
    assert code_actor(phrase, context) == (country, "MIL")


# an official whose title names no country: the country of the context; a title that names
# a country keeps it; no place in the context, no country
TITLE_IN_CONTEXT = [
    ("Interior Minister Ana Varga", "Police in Debrecen detained twelve fans.", "HUN"),
    ("the trade minister", "Exports from Vietnam fell in May.", "VNM"),
    ("Deputy Speaker Lwazi Dube", "Parliament in Harare was suspended.", "ZWE"),
    ("the chief prosecutor", "A judge in Tbilisi froze the accounts.", "GEO"),
    ("Mayor Ines Corral", "Flooding closed the port of Valparaiso.", "CHL"),
    ("Education Minister Kofi Mensah", "Teachers in Kumasi went on strike.", "GHA"),
    ("the defence minister", "Warplanes bombed targets near Aden.", "YEM"),
    ("Police Commissioner Ruth Wanjiru", "Two officers were shot in Nakuru.", "KEN"),
    ("the president's spokesman", "The Tanzanian opposition boycotted the vote.", "TZA"),
    ("Governor Abdul Rahimi", "A bomb exploded in Jalalabad market.", "AFG"),
    ("the information minister", "Eritrean forces crossed into the area.", "ERI"),
    ("Home Minister Arun Pillai", "Riots spread through Bengaluru.", "IND"),
    ("the central bank governor", "The Argentine peso fell again.", "ARG"),
    ("Foreign Secretary Nadia Rahman", "Dhaka summoned the envoy.", "BGD"),
    ("the attorney general", "Courts in Lagos resumed hearings.", "NGA"),
    ("Army spokesman Colonel Idris Bako", "Jihadists attacked a base near Gao.", "MLI"),
    ("the border guard chief", "Migrants crossed from Belarus into Latvia.", "BLR"),
    # near neighbours
    ("Kenyan Interior Minister Ali Omar", "Ugandan police closed the border at Busia.", "KEN"),
    ("Pakistan's foreign minister", "Talks in Kabul ended without a deal.", "PAK"),
    ("the French defence minister", "Troops left bases in Mali.", "FRA"),
    ("Prime Minister Tomas Ruiz", "", ""),
    ("the interior minister", "The meeting lasted two hours.", ""),
]


@pytest.mark.parametrize(("phrase", "context", "country"), TITLE_IN_CONTEXT)
def test_a_title_without_a_country_takes_the_country_of_the_context(
        phrase: str, context: str, country: str) -> None:
    assert code_actor(phrase, context)[0] == country


# former office-holders; "former" that belongs to something else is no former official
FORMER = [
    ("an ex-minister", "ELI"), ("the former premier", "ELI"), ("ex-governor", "ELI"),
    ("a former ambassador", "ELI"), ("the ex-police chief", "ELI"),
    ("a retired admiral", "ELI"), ("a former MP", "ELI"), ("former senators", "ELI"),
    ("the deposed emir", "ELI"), ("an ex-diplomat", "ELI"), ("a former judge", "ELI"),
    ("the exiled former president", "ELI"), ("the one-time army commander", "ELI"),
    # near neighbours
    ("the outgoing president", "GOV"), ("the acting prime minister", "GOV"),
    ("the interim president", "GOV"), ("the former Soviet republic's president", "GOV"),
    ("the former colony's prime minister", "GOV"), ("a former journalist", "MED"),
    ("the jailed opposition leader", "OPP"), ("the minister", "GOV"),
    ("the late-night curfew's enforcers", "UNK"),
]


@pytest.mark.parametrize(("phrase", "sector"), FORMER)
def test_former_office_holders_and_their_neighbours(phrase: str, sector: str) -> None:
    assert code_actor(phrase)[1] == sector


# unknown proper names: a name that ends in what a business is, is a business, not a person
# (and so not a government official); an unknown person's full name stays an official
UNKNOWN_NAMES = [
    ("Zentrix Technologies", "BUS"), ("Orvane Systems", "BUS"), ("Kelvar Dynamics", "BUS"),
    ("Lumina Networks", "BUS"), ("Brixton Holdings", "BUS"), ("Tarvel Energy", "BUS"),
    ("Solvik Telecom", "BUS"), ("Marden Steel", "BUS"), ("Ostra Foods", "BUS"),
    ("Halvar Mining", "BUS"), ("Corvel Petroleum", "BUS"), ("Nordane Chemicals", "BUS"),
    ("Vesta Insurance", "BUS"), ("Kappa Electronics", "BUS"), ("Tamar Aerospace", "BUS"),
    ("Rindal Construction", "BUS"), ("Oakhurst Investments", "BUS"), ("Bellmark Software", "BUS"),
    ("Sarno Textiles", "BUS"), ("Dravik Cement", "BUS"), ("Quill Media", "MED"),
    # near neighbours
    ("Ivan Petrov", "GOV"), ("Maria Lopes", "GOV"), ("Energy Minister Ivan Petrov", "GOV"),
    ("the energy minister", "GOV"), ("Meridian Airlines", "BUS"), ("oil workers", "LAB"),
    ("a group of tourists", "CVL"),
]


@pytest.mark.parametrize(("phrase", "sector"), UNKNOWN_NAMES)
def test_unknown_names_of_businesses_are_businesses(phrase: str, sector: str) -> None:
    assert code_actor(phrase)[1] == sector


# provinces, states, districts and towns and the bodies named after them: the country GeoNames
# puts them in; a division name several countries share ("Western", "Northern") names none
REGIONS = [
    ("a Kandahar court", "AFG", "JUD"), ("the Karnataka High Court", "IND", "JUD"),
    ("the Sindh High Court", "PAK", "JUD"), ("a Bavarian court", "DEU", "JUD"),
    ("Texas prosecutors", "USA", "JUD"), ("Tamil Nadu police", "IND", "COP"),
    ("Donetsk separatists", "UKR", "REB"), ("Oaxaca teachers", "MEX", "EDU"),
    ("the Gauteng health department", "ZAF", "GOV"), ("the Western Cape premier", "ZAF", "GOV"),
    ("Mindanao rebels", "PHL", "REB"), ("the Kurdistan regional government", "IRQ", "GOV"),
    ("a Peshawar court", "PAK", "JUD"), ("Lagos State police", "NGA", "COP"),
    ("the Rivers State governor", "NGA", "GOV"), ("the Kano State assembly", "NGA", "LEG"),
    ("Uttar Pradesh officials", "IND", "GOV"), ("Chiapas authorities", "MEX", "GOV"),
    ("Sicilian prosecutors", "ITA", "JUD"), ("Andalusian officials", "ESP", "GOV"),
    ("the Kandahar provincial council", "AFG", "GOV"), ("Tal Afar police", "IRQ", "COP"),
    ("Corsican separatists", "FRA", "REB"), ("Kosovar police", "XKX", "COP"),
    ("Victoria police", "AUS", "COP"),
    # near neighbours
    ("Western diplomats", "", "GOV"), ("Northern Alliance fighters", "", "REB"),
    ("Eastern Province officials", "", "GOV"), ("Central Bank officials", "", "GOV"),
    ("federal prosecutors", "", "JUD"), ("state police", "", "COP"),
    ("Republican senators", "", "LEG"), ("Islamist militants", "", "REB"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), REGIONS)
def test_regions_and_towns_give_their_country(phrase: str, country: str, sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# a generic role word (spokesman, official, chief, commander) takes the sector of the body
# named with it; a title of office keeps its own
ROLES_OF_BODIES = [
    ("a police spokesman", "", "COP"), ("an army spokesman", "", "MIL"),
    ("a navy spokesman", "", "MIL"), ("rebel commanders", "", "REB"),
    ("party officials", "", "PTY"), ("union officials", "", "LAB"),
    ("hospital officials", "", "HLH"), ("military officials", "", "MIL"),
    ("an opposition spokesman", "", "OPP"), ("Kenyan police officials", "KEN", "COP"),
    ("a court official", "", "JUD"), ("intelligence officials", "", "SPY"),
    ("a company spokesman", "", "BUS"), ("airline officials", "", "BUS"),
    ("a senior Hamas official", "PSE", "REB"), ("a Taliban spokesman", "AFG", "REB"),
    ("an al-Shabaab spokesman", "SOM", "REB"), ("UN officials", "UNO", "IGO"),
    ("UN Secretary-General", "UNO", "IGO"), ("the party secretary general", "", "PTY"),
    ("the election commission", "", "GOV"), ("a police commissioner", "", "COP"),
    # near neighbours
    ("a government spokesman", "", "GOV"), ("the prime minister's spokesman", "", "GOV"),
    ("a foreign ministry spokesman", "", "GOV"), ("the secretary general", "", "GOV"),
    ("Chinese Communist Party officials", "CHN", "GOV"), ("Boko Haram gunmen", "NGA", "REB"),
    ("the EU legislature", "EUR", "LEG"), ("ministry officials", "", "GOV"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), ROLES_OF_BODIES)
def test_a_generic_role_takes_the_sector_of_its_body(phrase: str, country: str,
                                                     sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# known people: their role on the document's date, including the changes of 2023-2025
DATED = [
    ("Friedrich Merz", "2025-09-01", "DEU", "GOV"), ("Olaf Scholz", "2026-02-01", "DEU", "ELI"),
    ("Olaf Scholz", "2023-02-01", "DEU", "GOV"), ("Mark Carney", "2025-06-01", "CAN", "GOV"),
    ("Justin Trudeau", "2026-01-10", "CAN", "ELI"), ("Justin Trudeau", "2019-01-10", "CAN", "GOV"),
    ("Marco Rubio", "2025-06-01", "USA", "GOV"), ("Antony Blinken", "2026-03-01", "USA", "ELI"),
    ("Pete Hegseth", "2025-04-01", "USA", "GOV"), ("Lloyd Austin", "2026-04-01", "USA", "ELI"),
    ("JD Vance", "2025-05-01", "USA", "GOV"), ("Yoon Suk Yeol", "2026-01-01", "KOR", "ELI"),
    ("Yoon Suk Yeol", "2023-01-01", "KOR", "GOV"), ("Lee Jae-myung", "2025-09-01", "KOR", "GOV"),
    ("Christopher Luxon", "2024-03-01", "NZL", "GOV"), ("Robert Fico", "2024-06-01", "SVK", "GOV"),
    ("Karol Nawrocki", "2025-10-01", "POL", "GOV"), ("Andrzej Duda", "2026-10-01", "POL", "ELI"),
    ("Shigeru Ishiba", "2025-01-15", "JPN", "GOV"), ("Fumio Kishida", "2025-01-15", "JPN", "ELI"),
    ("Jean-Noel Barrot", "2025-02-01", "FRA", "GOV"),
    ("Sheikh Hasina", "2025-02-01", "BGD", "ELI"), ("Sheikh Hasina", "2020-02-01", "BGD", "GOV"),
]


@pytest.mark.parametrize(("phrase", "date", "country", "sector"), DATED)
def test_known_people_have_their_role_on_the_date(phrase: str, date: str, country: str,
                                                  sector: str) -> None:
    assert code_actor(phrase, date=dt.date.fromisoformat(date)) == (country, sector)


# a known person's surname after a first name inside a sentence is someone else (a one-word
# alias of people.tsv, "Erdogan", is not checked so: that cost a dev case)
SURNAMES = [
    ("Commissioner Ruben Ortega said", "Ortega", False), ("President Ortega said", "Ortega", True),
    ("But Ortega said", "Ortega", True), ("said Mr Ortega.", "Ortega", True),
    ("Nicaragua's Ortega said", "Ortega", True), ("Supporters of Ortega rallied", "Ortega", True),
    ("the coach, Maria Ortega, said", "Ortega", False), ("Senator Rubio said", "Rubio", True),
]


@pytest.mark.parametrize(("text", "surname", "known"), SURNAMES)
def test_a_surname_after_a_first_name_is_not_the_known_person(text: str, surname: str,
                                                              known: bool) -> None:
    from sitrep.extract.actors.lexicon import get_matcher

    found = [m for m in get_matcher().find(text) if m.text == surname]
    assert bool(found) == known


# an unknown name that ends in a plural proper noun is a people, not an official; an unknown
# person's full name stays one
PEOPLES = [
    ("Crimean Tatars", False), ("Sahrawi Arabs", False), ("Ahwazi Arabs", False),
    ("Bosnian Serbs", False), ("Kosovo Albanians", False), ("Syrian Druze", False),
    ("Afghan Hazaras", False), ("Nigerian Igbos", False), ("Iraqi Turkmens", False),
    ("Egyptian Copts", False),
    ("John Williams", True), ("Maria Jones", True), ("Ivan Petrov", True),
    ("Ahmed Davis", True), ("Evans Mensah", True), ("Roger Adams", True),
    ("Joao Gomes", True), ("Maria Lopes", True),
]


@pytest.mark.parametrize(("phrase", "official"), PEOPLES)
def test_a_people_is_not_an_unknown_official(phrase: str, official: bool) -> None:
    assert (code_actor(phrase)[1] == "GOV") == official


# one of a group: the singular of a plural group noun of the hand lexicon has its sector
SINGULARS = [
    ("a drug trafficker", "CRM"), ("a trafficker", "CRM"), ("a smuggler", "CRM"),
    ("a kidnapper", "CRM"), ("the gangster", "CRM"), ("a migrant", "REF"),
    ("an attacker", "UAF"), ("an assailant", "UAF"), ("an extremist", "REB"),
    ("a criminal", "CRM"), ("a worker", "LAB"), ("an investor", "BUS"),
    ("a prisoner", "CVL"), ("a peacekeeper", "MIL"), ("a vigilante", "PRM"),
    # near neighbours
    ("used force", "UNK"), ("traffickers", "CRM"), ("attackers", "UAF"),
]


@pytest.mark.parametrize(("phrase", "sector"), SINGULARS)
def test_one_of_a_group_has_the_groups_sector(phrase: str, sector: str) -> None:
    assert code_actor(phrase)[1] == sector
