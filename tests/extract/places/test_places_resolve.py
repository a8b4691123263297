"""Toponym resolution on the real gazetteer: adjectives, embedded names, facilities, city versus
state, and agreement between the names of one article."""

from __future__ import annotations

import pytest

from sitrep.extract.places.mention import Mention
from sitrep.extract.places.resolve import resolve
from sitrep.resources.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def _resolve(gaz, text: str, names: list[str]) -> list[Mention]:
    mentions = []
    for name in names:
        start = text.index(name, mentions[-1].end if mentions else 0)
        mentions.append(Mention(start, start + len(name), name, "GPE"))
    resolve(mentions, gaz, text=text)
    return mentions


@pytest.mark.parametrize("word,name,kind", [
    ("European", "Europe", "continent"), ("EU", "Europe", "continent"),
    ("Ohioans", "Ohio", "admin1"), ("Welsh", "Wales", "admin1"),
    ("Korean", "South Korea", "country"), ("Kremlin", "Moscow", "city"),
    ("Western", "Western world", "region"), ("Arab", "Arab world", "region")])
def test_adjectives_abbreviations_and_landmarks_name_their_place(gaz, word, name, kind):
    [m] = _resolve(gaz, f"The {word} view.", [word])
    assert m.choice is not None and (m.choice.name, m.choice.kind) == (name, kind)


def test_england_is_the_division_not_the_united_kingdom(gaz):
    [m] = _resolve(gaz, "Floods hit England.", ["England"])
    assert m.choice is not None and m.choice.kind == "admin1" and m.choice.country == "GBR"


def test_place_inside_an_organisation_name_resolves_to_that_place(gaz):
    [m] = _resolve(gaz, "Students at Kampala International University protested.",
                   ["Kampala International University"])
    assert m.choice is not None and m.choice.name == "Kampala" and m.choice.country == "UGA"


def test_street_without_gazetteer_entry_falls_back_to_the_articles_town(gaz):
    text = "Police in Leeds closed Mornington Road. Leeds council said Mornington Road reopens."
    mentions = _resolve(gaz, text, ["Leeds", "Mornington Road", "Leeds", "Mornington Road"])
    street = mentions[1]
    assert street.fallback and street.choice is not None and street.choice.name == "Leeds"
    assert not mentions[0].fallback


def test_new_york_alone_is_the_city(gaz):
    [m] = _resolve(gaz, "She moved to New York last year.", ["New York"])
    assert m.choice is not None and m.choice.kind == "city" and m.choice.population > 5_000_000


def test_upstate_new_york_is_the_state(gaz):
    [m] = _resolve(gaz, "Snow fell across upstate New York.", ["New York"])
    assert m.choice is not None and m.choice.kind == "admin1"


def test_town_and_its_county_agree_on_one_state(gaz):
    text = "Deputies from Lamar County said the crash happened in Paris on Monday."
    county, town = _resolve(gaz, text, ["Lamar County", "Paris"])
    assert town.choice is not None and town.choice.country == "USA"
    assert town.choice.admin1 == "TX" and county.choice is not None
    assert county.choice.admin1 == "TX"


def test_paris_alone_is_the_french_capital(gaz):
    [m] = _resolve(gaz, "Talks resumed in Paris.", ["Paris"])
    assert m.choice is not None and m.choice.country == "FRA"


def test_big_city_beats_a_small_namesake_in_the_state_the_article_names(gaz):
    text = ("The team flew from Columbus, Ohio, to Cincinnati. Next week it plays Louisville "
            "in the final.")
    mentions = _resolve(gaz, text, ["Columbus", "Ohio", "Cincinnati", "Louisville"])
    louisville = mentions[-1]
    assert louisville.choice is not None and louisville.choice.admin1 == "KY"


def test_foreign_big_city_does_not_beat_the_articles_own_country(gaz):
    text = "Police in Ontario said the crash near Toronto closed roads to London for hours."
    mentions = _resolve(gaz, text, ["Ontario", "Toronto", "London"])
    assert mentions[-1].choice is not None and mentions[-1].choice.country == "CAN"


def test_the_gulf_in_an_article_about_iran_is_the_persian_gulf(gaz):
    text = "Iran seized a tanker in the Gulf, officials in Tehran said."
    mentions = _resolve(gaz, text, ["Iran", "Gulf", "Tehran"])
    gulf = mentions[1].choice
    assert gulf is not None and gulf.kind == "region" and gulf.name == "Persian Gulf"


def test_large_province_has_a_central_point_not_the_midpoint_of_its_towns(gaz):
    [alberta] = [c for c in gaz.lookup("Alberta", kinds={"admin1"}) if c.main]
    # Alberta spans about 49-60 N and 110-120 W; its towns cluster in the south
    assert 52 < alberta.lat < 58 and -120 < alberta.lon < -110


def test_acronym_of_a_place_named_in_full_is_that_place(gaz):
    text = "Mines in South Africa shut. SA unions called a strike on Monday."
    mentions = _resolve(gaz, text, ["South Africa", "SA"])
    assert mentions[1].choice is not None and mentions[1].choice.name == "South Africa"


def test_australian_state_abbreviation_resolves_to_the_state(gaz):
    [m] = _resolve(gaz, "Bushfires spread across NSW on Monday.", ["NSW"])
    assert m.choice is not None and m.choice.name == "New South Wales"


def test_bare_west_is_the_western_world_without_a_local_context(gaz):
    text = "Moscow accused the West of hypocrisy, Russia said."
    mentions = _resolve(gaz, text, ["Moscow", "West", "Russia"])
    assert mentions[1].choice is not None and mentions[1].choice.name == "Western world"


def test_country_under_a_qualifier_is_the_country(gaz):
    [m] = _resolve(gaz, "He fled Nazi Germany in 1938.", ["Nazi Germany"])
    assert m.choice is not None and m.choice.kind == "country" and m.choice.country == "DEU"


def test_vatican_city_is_not_taken_for_a_stray_hamlet(gaz):
    text = "Yerevan welcomed the envoy of the Holy See. Armenia and Yerevan officials met him."
    mentions = _resolve(gaz, text, ["Yerevan", "Holy See", "Armenia", "Yerevan"])
    assert mentions[1].choice is not None and mentions[1].choice.country == "VAT"


def test_a_countrys_ministry_is_in_its_capital(gaz):
    [m] = _resolve(gaz, "The Russian Foreign Ministry said so.", ["Russian Foreign Ministry"])
    assert m.choice is not None and m.choice.kind == "city" and m.choice.name == "Moscow"


def test_washington_listed_among_states_is_the_state(gaz):
    text = "Firms left states such as California or Washington for Texas."
    ms = _resolve(gaz, text, ["California", "Washington", "Texas"])
    assert ms[1].choice is not None and ms[1].choice.kind == "admin1"
    assert ms[1].choice.admin1 == "WA"


def test_washington_dc_after_a_state_stays_the_capital(gaz):
    text = "People came from as far as Texas and Washington, D.C. to eat there."
    ms = _resolve(gaz, text, ["Texas", "Washington"])
    assert ms[1].choice is not None and ms[1].choice.kind == "city"
    assert ms[1].choice.admin1 == "DC"


def test_list_of_cities_is_not_a_town_region_pair_by_alternate_name(gaz):
    text = "After stops in Washington, New York and Boston, he flew home."
    ms = _resolve(gaz, text, ["Washington", "New York", "Boston"])
    ms[0].container = ms[1]
    for m in ms:
        m.choice = None
    resolve(ms, gaz, text=text)
    assert ms[0].choice is not None and ms[0].choice.admin1 == "DC"


def test_a_person_named_like_a_small_town_does_not_drive_the_articles_place(gaz):
    text = ("Noma said the police failed her. Noma lives in Khayelitsha, near Cape Town, "
            "in the Western Cape. Noma went to Cape Town.")
    names = ["Noma", "Noma", "Khayelitsha", "Cape Town", "Western Cape", "Noma", "Cape Town"]
    ms = []
    for name in names:
        start = text.index(name, ms[-1].end if ms else 0)
        label = "PERSON" if name == "Noma" and not ms else "GPE"
        ms.append(Mention(start, start + len(name), name, label))
    resolve(ms, gaz, text=text)
    township = ms[2]
    assert township.choice is not None and township.choice.country == "ZAF"


@pytest.mark.parametrize("name", ["Yorkshire", "Cheshire", "Berkshire"])
def test_english_county_outside_the_gazetteers_divisions_is_in_england(gaz, name):
    text = f"The race moves from Kent to {name} next month."
    ms = _resolve(gaz, text, ["Kent", name])
    assert ms[1].choice is not None and ms[1].choice.country == "GBR"


def test_capital_of_a_country_the_article_names_beats_a_namesake_near_its_places(gaz):
    text = ("Police in Leeds and York said Britain would act. In Washington, officials of the "
            "United States agreed.")
    mentions = _resolve(gaz, text, ["Leeds", "York", "Britain", "Washington", "United States"])
    dc = mentions[3].choice
    assert dc is not None and dc.country == "USA" and dc.admin1 == "DC"


def test_small_namesake_of_a_capital_gets_no_capital_prior(gaz):
    text = ("Doctors in Toronto, Ontario, said Canada lacks donors. A New Jersey man found one, "
            "the Washington Post reported.")
    mentions = _resolve(gaz, text, ["Toronto", "Ontario", "Canada", "New Jersey", "Washington"])
    assert mentions[4].choice is not None and mentions[4].choice.admin1 == "DC"


def test_state_abbreviation_in_a_dateline_makes_the_bare_name_the_state(gaz):
    text = ("FORT LEWIS, Wash. - Soldiers returned on Monday. The Washington unit trained in "
            "Seattle, and Washington officials thanked them.")
    mentions = _resolve(gaz, text, ["Wash.", "Washington", "Seattle", "Washington"])
    assert mentions[1].choice is not None and mentions[1].choice.kind == "admin1"
    assert mentions[3].choice is not None and mentions[3].choice.kind == "admin1"


@pytest.mark.parametrize("name,city,country", [
    ("Heathrow", "London", "GBR"), ("Disneyworld", "Orlando", "USA"),
    ("Palais des Nations", "Geneva", "CHE"), ("Pearl Harbor", "Honolulu", "USA")])
def test_airports_and_landmarks_resolve_to_their_city(gaz, name, city, country):
    [m] = _resolve(gaz, f"He flew from {name} last week.", [name])
    assert m.choice is not None and (m.choice.name, m.choice.country) == (city, country)


def test_landmark_far_from_the_articles_town_is_not_replaced_by_it(gaz):
    text = "Officials in Beijing met in Beijing. A study by Cornell University followed."
    mentions = _resolve(gaz, text, ["Beijing", "Beijing", "Cornell University"])
    assert mentions[2].choice is not None and mentions[2].choice.name == "Ithaca"
    assert not mentions[2].fallback


def test_street_named_after_a_landmark_is_not_the_landmark(gaz):
    [m] = _resolve(gaz, "The fire broke out on Trump Tower Street.", ["Trump Tower Street"])
    assert m.choice is None or m.choice.name != "New York City"


def test_embassy_lies_in_the_place_named_after_it_not_in_its_country(gaz):
    [m] = _resolve(gaz, "Staff of the British Embassy Tokyo said so.", ["British Embassy Tokyo"])
    assert m.choice is not None and m.choice.country == "JPN"


@pytest.mark.parametrize("name", ["French Quarter", "British International School",
                                  "Embassy of the Republic of Armenia"])
def test_facility_named_after_a_country_is_not_in_that_country(gaz, name):
    text = f"Police in Cairo and Giza said {name} was closed in Cairo."
    mentions = _resolve(gaz, text, ["Cairo", "Giza", name, "Cairo"])
    assert mentions[2].choice is not None and mentions[2].choice.country == "EGY"


def test_ambiguous_state_abbreviation_follows_the_articles_country(gaz):
    text = "Beaches near Perth and Fremantle closed, WA health officials said."
    mentions = _resolve(gaz, text, ["Perth", "Fremantle", "WA"])
    assert mentions[2].choice is not None and mentions[2].choice.country == "AUS"
    [alone] = _resolve(gaz, "Officials in WA said so.", ["WA"])
    assert alone.choice is not None and alone.choice.country == "USA"


def test_sa_after_south_african_places_is_the_country(gaz):
    text = "Miners in Rustenburg and Johannesburg said SA needs reform."
    mentions = _resolve(gaz, text, ["Rustenburg", "Johannesburg", "SA"])
    assert mentions[2].choice is not None and mentions[2].choice.kind == "country"
    assert mentions[2].choice.country == "ZAF"


def test_building_lies_in_the_town_named_after_it(gaz):
    [m] = _resolve(gaz, "She studied at Robinson College Cambridge.", ["Robinson College Cambridge"])
    assert m.choice is not None and m.choice.name == "Cambridge" and m.choice.country == "GBR"


def test_organisation_initials_are_not_a_small_town_spelt_alike(gaz):
    text = "Delegates in Washington asked the OAS to act."
    mentions = _resolve(gaz, text, ["Washington", "OAS"])
    assert mentions[1].choice is None or mentions[1].choice.country != "PHL"


def test_state_name_beside_towns_of_another_state_is_the_state(gaz):
    text = "Tickets sold in Riverdale and New York; a man in Florida won last year."
    mentions = _resolve(gaz, text, ["Riverdale", "New York", "Florida"])
    assert mentions[2].choice is not None and mentions[2].choice.kind == "admin1"
    assert mentions[2].choice.admin1 == "FL"


def test_big_city_of_a_country_the_article_names_beats_its_small_namesake(gaz):
    text = ("Leaders in Mexico City and Monterrey met. Mexico and Guadalajara agreed. "
            "Investors in New York City and Boston watched.")
    mentions = _resolve(gaz, text, ["Mexico City", "Monterrey", "Mexico", "Guadalajara",
                                    "New York City", "Boston"])
    assert mentions[5].choice is not None and mentions[5].choice.admin1 == "MA"


def test_bare_name_of_a_county_the_article_names_is_that_county(gaz):
    text = ("Police in Suffolk County, on Long Island, found the remains. Suffolk detectives "
            "said the Suffolk County medical examiner identified her.")
    mentions = _resolve(gaz, text, ["Suffolk County", "Long Island", "Suffolk", "Suffolk County"])
    assert mentions[2].choice is not None and mentions[2].choice.kind == "admin2"
    assert mentions[2].choice.id == mentions[0].choice.id


def test_new_york_in_a_list_of_cities_is_the_city(gaz):
    text = "After stops in Washington, New York and Boston, the prince flew home."
    mentions = []
    for name in ["Washington", "New York", "Boston"]:
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, "GPE"))
    mentions[0].container = mentions[1]  # as the "Town, Region" pattern reads it
    resolve(mentions, gaz, text=text)
    assert mentions[1].choice is not None and mentions[1].choice.kind == "city"


def test_gaza_is_the_palestinian_city_not_the_mozambican_province(gaz):
    [m] = _resolve(gaz, "Rockets were fired from Gaza overnight.", ["Gaza"])
    assert m.choice is not None and m.choice.country == "PSE" and m.choice.kind == "city"


def test_niger_delta_is_a_region_of_nigeria_not_niger_state(gaz):
    [m] = _resolve(gaz, "Militants in the Niger Delta attacked a pipeline.", ["Niger Delta"])
    assert m.choice is not None and m.choice.kind == "region" and m.choice.country == "NGA"
    assert m.choice.lat < 7


def test_saints_building_is_not_an_island_parish_named_after_the_saint(gaz):
    text = "Students at Maynooth and Dublin colleges, including St Patrick's, protested in Dublin."
    mentions = _resolve(gaz, text, ["Maynooth", "Dublin", "St Patrick's", "Dublin"])
    assert mentions[2].choice is not None and mentions[2].choice.country == "IRL"


@pytest.mark.parametrize("name", ["Manitoba Chambers of Commerce", "SM Mall of Asia"])
def test_subject_or_continent_after_of_in_a_facility_name_is_not_its_place(gaz, name):
    text = f"Shoppers in Winnipeg and Manila visited {name} in Winnipeg and Manila."
    mentions = _resolve(gaz, text, ["Winnipeg", "Manila", name, "Winnipeg", "Manila"])
    choice = mentions[2].choice
    assert choice is None or (choice.kind != "continent" and choice.name != "Commerce")


def test_longer_name_holding_a_town_name_is_no_evidence_for_that_town(gaz):
    text = ("Dublin Arts Council gave grants. The Dublin board met on Dublin Center Drive. "
            "Dublin residents in Ohio applied.")
    mentions = _resolve(gaz, text, ["Dublin", "Dublin", "Dublin Center Drive", "Dublin", "Ohio"])
    assert mentions[0].choice is not None and mentions[0].choice.admin1 == "OH"


def test_show_named_after_new_york_is_in_the_city(gaz):
    [m] = _resolve(gaz, "The car was unveiled at the New York Auto Show.", ["New York Auto Show"])
    assert m.choice is not None and m.choice.kind == "city" and m.choice.admin1 == "NY"


@pytest.mark.parametrize("name", ["Tennessee Colony", "Atlantic Avenue"])
def test_town_or_street_named_after_a_state_or_ocean_is_not_it(gaz, name):
    text = f"Deputies in Palestine and Anderson County said {name} was closed in Palestine."
    mentions = _resolve(gaz, text, ["Palestine", "Anderson County", name, "Palestine"])
    choice = mentions[2].choice
    assert choice is None or choice.kind not in ("admin1", "region")


def test_a_state_named_once_among_places_elsewhere_does_not_pull_a_city_to_its_namesake(gaz):
    text = ("Toronto fans were told on Monday that the team will play in Buffalo while the "
            "stadium in Toronto is repaired; its pitchers trained in Texas and Montreal.")
    mentions = _resolve(gaz, text, ["Toronto", "Buffalo", "Toronto", "Texas", "Montreal"])
    assert mentions[1].choice is not None and mentions[1].choice.admin1 == "NY"


def test_small_town_in_the_state_the_article_is_about_keeps_its_state(gaz):
    text = ("Fire crews from Tyler and Longview in Texas helped; the blaze near Athens "
            "spread to Palestine.")
    mentions = _resolve(gaz, text, ["Tyler", "Longview", "Texas", "Athens", "Palestine"])
    assert mentions[3].choice is not None and mentions[3].choice.country == "USA"
    assert mentions[3].choice.admin1 == "TX"


@pytest.mark.parametrize("name,city,admin1", [
    ("University of Alberta", "Edmonton", "01"), ("Ohio University", "Athens", "OH"),
    ("University of Georgia", "Athens", "GA"), ("Florida Atlantic University", "Boca Raton", "FL")])
def test_university_named_after_a_state_is_at_its_campus_town(gaz, name, city, admin1):
    [m] = _resolve(gaz, f"Researchers at {name} said so.", [name])
    assert m.choice is not None and (m.choice.name, m.choice.admin1) == (city, admin1)


def test_unknown_name_stands_for_the_town_written_right_after_it(gaz):
    text = ("Doctors in London spoke of the case. The boy was moved from Alder Hey Children's "
            "Hospital in Liverpool; London judges ruled. London lawyers appealed.")
    mentions = _resolve(gaz, text, ["London", "Alder Hey Children's Hospital", "Liverpool",
                                    "London", "London"])
    hospital = mentions[1]
    assert hospital.fallback and hospital.choice is not None
    assert hospital.choice.name == "Liverpool"


def test_river_named_after_no_town_near_the_article_is_not_a_far_town(gaz):
    text = ("Charleston police said the boat sank in the Kanawha River near Charleston, "
            "W.Va. Charleston firefighters helped.")
    mentions = _resolve(gaz, text, ["Charleston", "Kanawha River", "Charleston", "W.Va.",
                                    "Charleston"])
    river = mentions[1]
    assert river.choice is not None and river.choice.admin1 == "WV", river.choice


def test_stadium_read_as_a_far_town_in_its_name_does_not_make_that_town_the_main_place(gaz):
    text = ("The Rogers Centre was full. Toronto fans and American visitors cheered in "
            "Toronto as the team from Texas lost. Canadian fans left the Skydome Plaza.")
    mentions = _resolve(gaz, text, ["Rogers Centre", "Toronto", "American", "Toronto", "Texas",
                                    "Canadian", "Skydome Plaza"])
    plaza = mentions[-1]
    assert plaza.fallback and plaza.choice is not None and plaza.choice.name == "Toronto"


def test_british_spelling_keeps_english_towns_from_american_namesakes(gaz):
    text = ("The Ministry of Defence said the soldier, from Colchester, served with US forces "
            "near Austin, Texas, on a US programme; his neighbours in Manchester organised a "
            "vigil at the town centre. US officials recognised his honour.")
    mentions = _resolve(gaz, text, ["Colchester", "US", "Austin", "Texas", "US",
                                    "Manchester", "US"])
    assert mentions[0].choice is not None and mentions[0].choice.country == "GBR"
    assert mentions[5].choice is not None and mentions[5].choice.country == "GBR"


def test_spelling_tells_british_from_american_articles():
    from sitrep.extract.places.rules import british_spelling

    assert british_spelling("The council organised a programme at the centre.")
    assert not british_spelling("The council organized a program at the center.")
    assert not british_spelling("The Rogers Centre was full.")


def test_small_far_town_with_nothing_near_it_is_a_local_place_of_the_articles_town(gaz):
    text = ("Garden City police said a man was found near Surfside. Garden City officers and "
            "Horry County deputies searched Garden City overnight.")
    mentions = _resolve(gaz, text, ["Garden City", "Surfside", "Garden City", "Horry County",
                                    "Garden City"])
    surfside = mentions[1]
    assert surfside.choice is not None and surfside.choice.admin1 == "SC"
    assert surfside.fallback


def test_small_town_near_the_articles_other_places_keeps_its_reading(gaz):
    text = ("Fire crews from Tyler and Longview in Texas helped; the blaze near Athens "
            "spread to Palestine.")
    mentions = _resolve(gaz, text, ["Tyler", "Longview", "Texas", "Athens", "Palestine"])
    assert not mentions[4].fallback and mentions[4].choice is not None
    assert mentions[4].choice.admin1 == "TX"


def test_town_of_a_team_the_article_names_is_that_teams_town(gaz):
    text = ("HOUSTON - The Houston Rockets beat the Portland Trail Blazers 96-94. Houston "
            "plays San Antonio next; Portland visits Dallas.")
    mentions = _resolve(gaz, text, ["HOUSTON", "Houston", "San Antonio", "Portland", "Dallas"])
    assert mentions[3].choice is not None and mentions[3].choice.admin1 == "OR"


def test_numbered_building_is_not_a_place_called_no(gaz):
    from sitrep.extract.places.names import candidates_for

    assert candidates_for(gaz, "No. 2 Detention Centre") == []
    assert candidates_for(gaz, "US Federal Reserve")[0].country == "USA"
