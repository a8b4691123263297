"""Probe phrases written for this project in session 39 (made up, not from any data set), one
list per error class of issue 19 item 3, each with near neighbours that must not change: every
phrase is coded in isolation by ``code_actor`` with NGEC's conventions ("" = no country)."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor

# a known person's surname after another first name, or a surname that is a common noun before
# a lower-case word, names no known person
SURNAMES = [
    ("Amadou Keita", "", "GOV"),  # an unknown official, not Mali's former president
    ("Moussa Keita", "", "GOV"),
    ("Gang leaders", "", "CRM"),  # a gang's, not Qin Gang's
    ("Gang bosses", "", "CRM"),
    ("the Gang members", "", "CRM"),
    ("Ana Silva", "", None), ("Carlos Ortega", "", None), ("Maria Sanchez", "", None),
    ("Luis Calderon", "", None), ("Tom Harper", "", None), ("Ruth Mills", "", None),
    ("Kevin Wade", "", None), ("Store clerks", "", None),
    # neighbours: the known person
    ("Keita", "MLI", None),
    ("President Keita", "MLI", None),
    ("Mr Keita", "MLI", None),
    ("Mali's Keita", "MLI", None),
    ("Ibrahim Boubacar Keita", "MLI", None), ("Ortega", "NIC", None), ("Sanchez", "ESP", None),
    ("Nelson Mandela", "ZAF", None),
    ("Qin Gang", "CHN", None),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), SURNAMES)
def test_a_surname_after_another_first_name_or_before_a_noun_is_no_known_person(
        phrase: str, country: str, sector: str | None) -> None:
    got = code_actor(phrase)
    assert got[0] == country
    if sector is not None:
        assert got[1] == sector


# a body of one trade or field (association, federation, chamber, council, congress, guild,
# society) takes the field's sector
FIELD_BODIES = [
    ("the Ruritania Dental Association", "HLH"),
    ("the National Nursing Council", "HLH"),
    ("a regional health workers' federation", "HLH"),
    ("the Paediatric Society", "HLH"),
    ("the Cameroon Press Association", "MED"),
    ("the Federation of Editors", "MED"),
    ("the Broadcasting Guild", "MED"),
    ("the Dhaka Chamber of Commerce and Industry", "BUS"),
    ("the Confederation of Manufacturing Industries", "BUS"),
    ("the Employers' Federation", "BUS"),
    ("a chamber of commerce", "BUS"),
    ("the Zambia Congress of Labour", "LAB"),
    ("the Labour Federation of Chad", "LAB"),
    ("the Uganda Law Society", "JUD"),
    ("the Bar Council", "JUD"),
    ("the Supreme Judicial Council", "JUD"),
    ("the Constitutional Council", "JUD"),
    ("the Association of University Lecturers", "EDU"),
    ("the Academic Staff Council", "EDU"),
    ("the Agricultural Producers' Association", "AGR"),
    # neighbours: bodies the lexicon knows, legislatures, unions and bodies of no trade
    ("the African National Congress", "PTY"),
    ("the Peruvian Congress", "LEG"),
    ("the Chamber of Deputies", "LEG"),
    ("the Federation Council", "LEG"),
    ("the teachers' union", "LAB"),
    ("the Human Rights Association", "NGO"),
    ("the Congress of South African Trade Unions", "LAB"),
]


@pytest.mark.parametrize(("phrase", "sector"), FIELD_BODIES)
def test_a_body_named_after_a_trade_has_the_trade_sector(phrase: str, sector: str) -> None:
    assert code_actor(phrase)[1] == sector


# a party, a coalition or their supporters written as the opposition are OPP
OPPOSITION = [
    ("the largest opposition party", "", "OPP"),
    ("an opposition party", "", "OPP"),
    ("the opposition coalition", "", "OPP"),
    ("an opposition alliance", "", "OPP"),
    ("members of the opposition party", "", "OPP"),
    ("activists of the opposition movement", "", "OPP"),
    ("a breakaway opposition party", "", "OPP"), ("the opposition party's youth wing", "", "OPP"),
    ("the Democratic Front", "The Democratic Front, the largest opposition party, boycotted it.",
     "OPP"),
    ("the Green Alliance", "Leaders of the opposition Green Alliance met in the capital.", "OPP"),
    ("the Forward Party", "Opposition party the Forward Party said its offices were raided.", "OPP"),
    ("the Forward Party", "The Forward Party, the main opposition group, called a rally.", "OPP"),
    ("the Renewal Movement",
     "The Renewal Movement, an opposition party, said two of its leaders were held.", "OPP"),
    # neighbours: a party not written as the opposition, opposition legislators
    ("the ruling party", "", "PTY"),
    ("the Forward Party", "The Forward Party won the vote in the capital.", "PTY"),
    ("opposition lawmakers", "", "LEG"),
    ("an opposition senator", "", "LEG"),
]


@pytest.mark.parametrize(("phrase", "context", "sector"), OPPOSITION)
def test_a_party_written_as_the_opposition_is_the_opposition(
        phrase: str, context: str, sector: str) -> None:
    assert code_actor(phrase, context)[1] == sector


# armed bodies by their names: another country's namesake of a known body, liberation and
# resistance armies and fronts the lexicon does not know, the armed wings of Palestinian groups
ARMED_NAMES = [
    ("the Kenya People's Defence Force", "KEN", "MIL"),
    ("the Malawi People's Defence Force", "MWI", "MIL"),
    ("the Sindhi Liberation Army", "PAK", "REB"),
    ("the Ogaden Liberation Front", "", "REB"),
    ("the Patriotic Resistance Front", "", "REB"),
    ("the Mountain Resistance Brigades", "", "REB"),
    ("the Mujahideen Army", "", "REB"),
    ("the al-Quds Brigades", "PSE", "REB"),
    ("the Izz ad-Din al-Qassam Brigades", "PSE", "REB"),
    ("Ezzedine al-Qassam Brigades gunmen", "PSE", "REB"),
    ("the al-Aqsa Martyrs' Brigades", "PSE", "REB"),
    # neighbours: the known bodies and state armies
    ("Myanmar's People's Defence Force", "MMR", "REB"),
    ("the People's Defence Force", "MMR", "REB"),
    ("the People's Liberation Army", "CHN", "MIL"),
    ("the Kenyan army", "KEN", "MIL"),
    ("Iraqi Hezbollah", "IRQ", "REB"),
    ("the 5th Brigade", "", "MIL"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), ARMED_NAMES)
def test_armed_bodies_are_coded_by_their_names(phrase: str, country: str, sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# the role written before a known person's name, not the role they held last
STATED_ROLES = [
    ("former Chilean president Michelle Bachelet", ("CHL", "ELI")),
    ("ex-Chilean president Michelle Bachelet", ("CHL", "ELI")),
    ("Chilean President Michelle Bachelet", ("CHL", "GOV")),
    ("former Polish prime minister Donald Tusk", ("POL", "ELI")),
    # neighbours: no title written, or the title of the role they hold
    ("Michelle Bachelet", ("UNO", "IGO")),
    ("UN rights chief Michelle Bachelet", ("UNO", "IGO")),
    ("former British prime minister David Cameron", ("GBR", "ELI")),
]


@pytest.mark.parametrize(("phrase", "coded"), STATED_ROLES)
def test_the_role_written_before_a_known_name_decides(phrase: str, coded: tuple) -> None:
    assert code_actor(phrase) == coded


# companies known in world news, with the country of their seat
COMPANIES = [
    ("ExxonMobil", "USA"), ("Chevron", "USA"), ("TotalEnergies", "FRA"), ("Rio Tinto", "GBR"),
    ("Glencore", "CHE"), ("Maersk", "DNK"), ("CMA CGM", "FRA"), ("Samsung Electronics", "KOR"),
    ("Safaricom", "KEN"), ("Dangote Cement", "NGA"), ("Rheinmetall", "DEU"), ("Airbus", "FRA"),
    ("Boeing", "USA"), ("Eskom", "ZAF"), ("MTN", "ZAF"), ("Vodafone", "GBR"),
    ("Foxconn", "TWN"), ("Codelco", "CHL"), ("Gecamines", "COD"), ("DP World", "ARE"),
]


@pytest.mark.parametrize(("phrase", "country"), COMPANIES)
def test_known_companies_are_businesses_of_their_country(phrase: str, country: str) -> None:
    assert code_actor(phrase) == (country, "BUS")


# names that are companies elsewhere but places, people or words here stay as they were
@pytest.mark.parametrize("phrase", ["the Amazon", "the Emirates", "Shell fire", "Santos",
                                    "an orange grove", "Boeing 737s", "Airbus A320s"])
def test_company_names_that_are_words_or_places_are_no_companies(phrase: str) -> None:
    assert code_actor(phrase)[1] != "BUS"


# the clergy's forms of address that are kin words elsewhere
ADDRESSES = [
    ("Sister Mary Achieng", "REL"), ("Sr. Lucia Moreno", "REL"), ("Father Tomas Akande", "REL"),
    ("Fr. Peter Ndlovu", "REL"), ("Brother Daniel Okafor", "REL"), ("Mother Superior Ana", "REL"),
    ("Sister Grace Njeri", "REL"), ("Father Anselm Mwila", "REL"), ("Brother Samuel Mensah", "REL"),
    ("Sr. Cecilia Banda", "REL"),
    # neighbours: kin words
    ("her sister", "CVL"), ("the father of the victim", "CVL"), ("his brother", "CVL"),
    ("a mother of three", "CVL"),
]


@pytest.mark.parametrize(("phrase", "sector"), ADDRESSES)
def test_religious_forms_of_address_are_clergy(phrase: str, sector: str) -> None:
    assert code_actor(phrase)[1] == sector


# what the context writes with a bare name: a form of address, a bare title after the comma, a
# clause of flight or of leading, the others the name is counted with, a victim with no role
CONTEXT_ROLES = [
    ("Ruth Mwale", "Sister Ruth Mwale, who teaches at a mission school, said pupils fled.", "REL"),
    ("Joao Pinto", "Father Joao Pinto led the funeral mass in the town square.", "REL"),
    ("Farid Nasser", "Farid Nasser, spokesman for the army, denied the report.", "MIL"),
    ("Alma Ruiz", "Alma Ruiz, director of the city hospital, said beds were full.", "HLH"),
    ("Ivan Duka", "Ivan Duka, head of the bar association, called the ruling unlawful.", "JUD"),
    ("Nadia Rahimi", "Nadia Rahimi, who fled to Pakistan last year, said she feared return.",
     "REF"),
    ("Samuel Deng", "Samuel Deng, a father of four who escaped the fighting, waited at the border.",
     "REF"),
    ("Omar Haidar", "Omar Haidar, who was deported from Turkey in May, said he had no papers.",
     "REF"),
    ("Lucia Ferro", "Lucia Ferro and three other judges signed the letter.", "JUD"),
    ("Tariq Aziz Khan", "Tariq Aziz Khan and fellow senators walked out of the chamber.", "LEG"),
    ("Mihai Rusu", "Mihai Rusu, 47, was shot dead outside his home.", "CVL"),
    ("Grace Atieno", "Grace Atieno was injured when the roof collapsed during the shelling.",
     "CVL"),
    # neighbours: roles written the ways the coder read before
    ("Ana Costa", "Ana Costa, a nurse at the clinic, said supplies had run out.", "HLH"),
    ("Pedro Alves", "Police Inspector Pedro Alves said two men were held.", "COP"),
]


@pytest.mark.parametrize(("phrase", "context", "sector"), CONTEXT_ROLES)
def test_the_context_gives_a_bare_name_its_role(phrase: str, context: str, sector: str) -> None:
    assert code_actor(phrase, context)[1] == sector


# a person dated a few years before they first led their country was in opposition
DATED = [
    ("Keir Starmer", 2021, "OPP"), ("Keir Starmer", 2023, "OPP"), ("Anwar Ibrahim", 2020, "OPP"),
    ("Lee Jae-myung", 2024, "OPP"), ("Donald Tusk", 2022, "OPP"), ("Friedrich Merz", 2023, "OPP"),
    ("Hakainde Hichilema", 2016, "OPP"), ("Gustavo Petro", 2020, "LEG"), ("Gabriel Boric", 2019, "LEG"),
    ("Rishi Sunak", 2021, "GOV"),
    # neighbours: in office, long before, undated
    ("Keir Starmer", 2024, "GOV"), ("Anwar Ibrahim", 2023, "GOV"), ("Lee Jae-myung", 2025, "GOV"),
    ("Keir Starmer", 2010, "GOV"),
]


@pytest.mark.parametrize(("phrase", "year", "sector"), DATED)
def test_a_leader_dated_before_they_led_was_the_opposition(
        phrase: str, year: int, sector: str) -> None:
    assert code_actor(phrase, year=year)[1] == sector


# a compass word starts the name of a region: the region's country, never a region called
# "West" or "South" elsewhere
COMPASS_PLACES = [
    ("South Yorkshire Police", "GBR"), ("North Wales Police", "GBR"),
    ("West Midlands police officers", "GBR"), ("the East Java police", "IDN"),
    ("North Darfur state officials", "SDN"), ("the Western Cape government", "ZAF"),
    ("Upper Nile state authorities", "SSD"), ("Northern Ireland police", "GBR"),
    ("the South Kordofan governor", "SDN"), ("Central Java officials", "IDN"),
    ("West Sussex Police", "GBR"), ("East Sussex officials", "GBR"),
    ("North Yorkshire Police", "GBR"), ("South Gondar officials", "ETH"),
]


# a compass word alone is no region: a region that GeoNames does not know keeps no country
@pytest.mark.parametrize("phrase", ["West Lothian officials", "West Nile officials",
                                    "North Shewa officials"])
def test_a_compass_word_alone_names_no_region(phrase: str) -> None:
    assert code_actor(phrase)[0] != "CMR"


@pytest.mark.parametrize(("phrase", "country"), COMPASS_PLACES)
def test_a_region_named_with_a_compass_word_is_in_its_country(phrase: str, country: str) -> None:
    assert code_actor(phrase)[0] == country


# generic bodies of security or intelligence are the secret services; counter-terrorism
# services and forces are military, counter-terrorism departments police
SECURITY_BODIES = [
    ("the Directorate-General for External Security", "SPY"),
    ("the Department of State Security", "SPY"),
    ("the Directorate of Military Intelligence", "SPY"),
    ("the Office of National Intelligence", "SPY"),
    ("the Committee for State Security", "SPY"),
    ("the Bureau of Foreign Intelligence", "SPY"),
    ("the Jordanian Counter-Terrorism Service", "MIL"),
    ("Afghan counterterrorism forces", "MIL"),
    ("the provincial Counter-Terrorism Department", "COP"),
    ("the counterterrorism department", "COP"),
    # neighbours
    ("the Department of Homeland Security", "GOV"), ("the Department of Justice", "JUD"),
    ("the counter-terrorism police", "COP"), ("the intelligence service", "SPY"),
]


@pytest.mark.parametrize(("phrase", "sector"), SECURITY_BODIES)
def test_security_and_intelligence_bodies_by_their_names(phrase: str, sector: str) -> None:
    assert code_actor(phrase)[1] == sector


# intergovernmental bodies beyond the main ones: UN agencies and regional offices,
# development banks, peacekeeping and treaty bodies
IGOS = [
    "the Pan American Health Organization", "PAHO", "the UN Office on Drugs and Crime",
    "UNODC", "the OPCW", "the Organisation for the Prohibition of Chemical Weapons",
    "the European Bank for Reconstruction and Development", "the Islamic Development Bank",
    "the Asian Infrastructure Investment Bank", "KFOR", "EUFOR", "UNDOF", "MINURSO",
    "the International Civil Aviation Organization", "the UN Mine Action Service",
]


@pytest.mark.parametrize("phrase", IGOS)
def test_more_intergovernmental_bodies_are_known(phrase: str) -> None:
    assert code_actor(phrase)[0] in ("IGO", "UNO", "EUR")


# a common word that starts a unit's name names a town only when the town is a large one; an
# investigation bureau is police
UNIT_NAMES = [
    ("Rapid Action Battalion", ("", "MIL")), ("Eagle Squadron", ("", "MIL")),
    ("Cobra Unit officers", ("", "MIL")), ("Bear Brigade", ("", "MIL")),
    ("Tennessee Bureau of Investigation", ("USA", "COP")),
    ("Ohio Bureau of Criminal Investigation", ("USA", "COP")),
    ("the Central Bureau of Investigation", ("", "COP")),
    ("the National Investigation Bureau", ("", "COP")),
    # neighbours: large towns with common names, places that are no common word
    ("Buffalo police", ("USA", "COP")), ("Reading police", ("GBR", "COP")),
    ("Derby police", ("GBR", "COP")), ("Punjab police", ("PAK", "COP")),
    ("Thunder Brigade", ("", "MIL")),
]


@pytest.mark.parametrize(("phrase", "coded"), UNIT_NAMES)
def test_unit_names_of_common_words_name_no_small_town(phrase: str, coded: tuple) -> None:
    assert code_actor(phrase) == coded
