"""Third set of probe articles for issue 19, item 3 (session 25; made up, not from any data set):
actors found in running text by the whole pipeline (real model, real lexicons) in news from
Africa, South and Central Asia, Latin America, the Balkans and the Pacific, coded with the
article's places and its date. Each list ends with near neighbours that must keep their code."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import actor_named
from sitrep.records import Article


def _code(pipeline, text: str, name: str) -> tuple[str, str | None]:
    actor = actor_named(pipeline, text, name, "2024-05-14")
    return actor.country or "", actor.sector


# a capital or a country that speaks or acts is its government
SPEAKING_PLACES = [
    ("Moscow said the talks had failed.", "Moscow", "RUS", "GOV"),
    ("Kigali denied sending troops across the border.", "Kigali", "RWA", "GOV"),
    ("Islamabad summoned the Afghan envoy on Monday.", "Islamabad", "PAK", "GOV"),
    ("Belgrade rejected the proposal from Pristina.", "Belgrade", "SRB", "GOV"),
    ("Bogota suspended the ceasefire with the rebels.", "Bogota", "COL", "GOV"),
    ("Honiara signed a security pact with Beijing.", "Honiara", "SLB", "GOV"),
    ("Bamako expelled the French ambassador.", "Bamako", "MLI", "GOV"),
    ("Tashkent closed the border crossing.", "Tashkent", "UZB", "GOV"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), SPEAKING_PLACES)
def test_a_capital_that_speaks_is_its_government(pipeline, text: str, name: str, country: str,
                                                 sector: str) -> None:
    assert _code(pipeline, text, name) == (country, sector)


# group nouns of civil sectors (AGR, REL, PTY, BUS) are not extracted alone in running text
# (extractor.GROUP_SECTORS): left as they are for now
NOT_IN_TEXT = pytest.mark.xfail(strict=True, reason="civil group nouns are no actors alone")

# groups of many kinds in running text
GROUPS_IN_TEXT = [
    ("Bandits abducted forty villagers in Zamfara State on Sunday.", "Bandits", "", "CRM"),
    pytest.param("Herders clashed with farmers near Jos.", "Herders", "", "AGR", marks=NOT_IN_TEXT),
    ("Vigilantes handed the suspects to police in Kano.", "Vigilantes", "", "PRM"),
    ("Gunmen opened fire on a bus in Balochistan.", "Gunmen", "", "UAF"),
    ("Opposition lawmakers walked out of parliament in Harare.", "lawmakers", "", "LEG"),
    pytest.param("The ruling party won the vote in Dushanbe.", "party", "", "PTY", marks=NOT_IN_TEXT),
    pytest.param("Clerics in Kabul called for calm.", "Clerics", "", "REL", marks=NOT_IN_TEXT),
    ("Poachers killed two rangers in Garamba park.", "Poachers", "", "CRM"),
    ("Burkinabe soldiers retook the town of Djibo.", "soldiers", "BFA", "MIL"),
    pytest.param("Lagos-based traders closed their shops in protest.", "traders", "NGA", "BUS", marks=NOT_IN_TEXT),
    ("Kadyrov's fighters were sent to the front.", "fighters", "RUS", "MIL"),
    ("Iran-backed Houthi rebels fired missiles at ships.", "rebels", "YEM", "REB"),
    ("Anti-government protesters marched in Tegucigalpa.", "protesters", "", "OPP"),
    # near neighbours
    pytest.param("Farmers blocked roads near Jos.", "Farmers", "", "AGR", marks=NOT_IN_TEXT),
    ("Nairobi-based lawyers filed the petition.", "lawyers", "KEN", "JUD"),
    ("Houthi rebels fired missiles at ships.", "rebels", "YEM", "REB"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), GROUPS_IN_TEXT)
def test_groups_in_running_text(pipeline, text: str, name: str, country: str,
                                sector: str) -> None:
    assert _code(pipeline, text, name) == (country, sector)


# an official whose title names no country takes the country of the article's places
OFFICIALS = [
    ("Floods cut roads around Suva. Attorney-General Josefa Naivalu promised help.",
     "Josefa Naivalu", "FJI"),
    ("Bandits attacked villages in Zamfara State. Governor Bello Matawalle visited the area.",
     "Bello Matawalle", "NGA"),
    ("Gangs blocked roads around Port-au-Prince. Police Chief Frantz Elbe resigned.",
     "Frantz Elbe", "HTI"),
    ("Miners blocked the highway near Potosi. Senator Lucia Mamani met their leaders.",
     "Lucia Mamani", "BOL"),
    ("Water was cut in parts of Novi Sad. Mayor Dragan Jovic blamed the utility.",
     "Dragan Jovic", "SRB"),
    # near neighbours: a country in the title wins
    ("Troops crossed from Niger overnight. Nigerian Defence Minister Musa Bello denied it.",
     "Musa Bello", "NGA"),
]


@pytest.mark.parametrize(("text", "name", "country"), OFFICIALS)
def test_an_official_takes_the_country_of_the_articles_places(pipeline, text: str, name: str,
                                                              country: str) -> None:
    assert _code(pipeline, text, name)[0] == country


# a country or capital as a person's first name in running text is no country actor
FIRST_NAMES_IN_TEXT = [
    ("Chad Miller, a local farmer, said the river flooded his land.", "Chad", False),
    ("Jordan Peterson spoke at the rally on Monday.", "Jordan", False),
    ("Santiago Ramirez was arrested by police in the capital.", "Santiago", False),
    # near neighbours: the countries and capitals themselves
    ("Chad said its troops would stay in the region.", "Chad", True),
    ("Jordan and Egypt condemned the attack.", "Jordan", True),
    ("Santiago recalled its ambassador on Friday.", "Santiago", True),
]


@pytest.mark.parametrize(("text", "word", "government"), FIRST_NAMES_IN_TEXT)
def test_a_first_name_that_is_a_country_makes_no_government(pipeline, text: str, word: str,
                                                            government: bool) -> None:
    article = Article(text=text, published=dt.date(2024, 5, 14))
    found = [a for a in pipeline.process(article).actors
             if a.text == word and a.sector == "GOV"]
    assert bool(found) == government


# in running text: a leader's administration, a people named with its home country, a
# demonym before "leader", and words that only look like group nouns
IN_TEXT_MORE = [
    ("The Bush administration declared that the tariffs would stay.", "administration",
     "USA", "GOV"),
    ("The Obama administration imposed new sanctions on Caracas.", "administration",
     "USA", "GOV"),
    ("Bosnian Serbs demanded a truce before the talks.", "Serbs", "BIH", None),
    ("Kosovo Serbs blocked the road to the border crossing.", "Serbs", "XKX", None),
    ("Palestinian leader Rami Haddad met the envoy in Amman.", "Rami Haddad", "PSE", None),
    ("European Community ministers agreed to send food aid to Romania.", "ministers",
     "EUR", "GOV"),
    # near neighbours
    ("Serbs rejected the plan on Sunday.", "Serbs", "SRB", None),
    ("Obama met the Kenyan president in Nairobi.", "Obama", "USA", "ELI"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), IN_TEXT_MORE)
def test_more_groups_in_running_text(pipeline, text: str, name: str, country: str,
                                     sector: str | None) -> None:
    assert _code(pipeline, text, name) == (country, sector)


# "sought refuge", "took refuge": the singular guessed from "refugees" is no word of the lexicon
REFUGE = [
    ("Hundreds of families sought refuge in the church.", "refuge", False),
    ("The villagers took refuge in the hills.", "refuge", False),
    # near neighbours
    ("Refugees crossed the river at dawn.", "Refugees", True),
    ("A refugee was shot at the border.", "refugee", True),
]


@pytest.mark.parametrize(("text", "word", "actor"), REFUGE)
def test_refuge_is_no_refugee(pipeline, text: str, word: str, actor: bool) -> None:
    article = Article(text=text, published=dt.date(2024, 5, 14))
    assert bool([a for a in pipeline.process(article).actors if a.text == word]) == actor


# a group that is local by nature takes the country it is "in"; officials and troops travel
LOCAL_GROUPS_IN = [
    ("Police in Lagos arrested twelve men on Sunday.", "Police", "NGA", "COP"),
    ("Rebels in Darfur attacked a convoy.", "Rebels", "SDN", "REB"),
    ("Protesters in Tegucigalpa blocked the main road.", "Protesters", "HND", "CVL"),
    ("Lawmakers in Kenya rejected the bill.", "Lawmakers", "KEN", "LEG"),
    ("Judges in Islamabad adjourned the hearing.", "Judges", "PAK", "JUD"),
    ("Militiamen in Ituri burned three villages.", "Militiamen", "COD", "PRM"),
    ("Gangs in Port-au-Prince kidnapped a pastor.", "Gangs", "HTI", "CRM"),
    ("Residents in Goma fled the shelling.", "Residents", "COD", "CVL"),
    # near neighbours: deployed forces and travelling officials keep no country; a demonym wins
    ("Peacekeepers in Mali were attacked on Monday.", "Peacekeepers", "", "MIL"),
    ("Troops in Somalia came under fire.", "Troops", "", "MIL"),
    ("Officials in Geneva said the talks would resume.", "Officials", "", "GOV"),
    ("Turkish police in Istanbul detained the editor.", "police", "TUR", "COP"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), LOCAL_GROUPS_IN)
def test_a_local_group_takes_the_country_it_is_in(pipeline, text: str, name: str,
                                                  country: str, sector: str) -> None:
    assert _code(pipeline, text, name) == (country, sector)
