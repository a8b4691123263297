"""Fourth set of probe articles for issue 19, item 3 (session 26; made up, not from any data
set): actors found in running text by the whole pipeline (real model, real lexicons) in news
from Southeast Asia, the Sahel, the Caucasus, Central America and the Gulf, coded with the
article's places and its date. Each list ends with near neighbours that must keep their code."""

from __future__ import annotations

import pytest

from samples import actor_named


def _code(pipeline, text: str, name: str) -> tuple[str, str | None]:
    actor = actor_named(pipeline, text, name, "2024-09-17")
    return actor.country or "", actor.sector


# a seat of government, a ministry or an agency that acts or speaks is its government
SEATS_IN_TEXT = [
    ("The Kremlin rejected the offer on Tuesday.", "Kremlin", "RUS", "GOV"),
    ("Downing Street said the talks would continue.", "Downing Street", "GBR", "GOV"),
    ("The Home Office deported forty men to Albania.", "Home Office", "GBR", "GOV"),
    ("The Pentagon sent two more destroyers to the region.", "Pentagon", "USA", "MIL"),
    ("Beijing warned Manila against further patrols.", "Beijing", "CHN", "GOV"),
    ("Naypyidaw extended the state of emergency.", "Naypyidaw", "MMR", "GOV"),
    ("Baku accused Yerevan of shelling its positions.", "Baku", "AZE", "GOV"),
    ("Riyadh and Abu Dhabi recalled their envoys.", "Riyadh", "SAU", "GOV"),
    ("Mossad was blamed for the killing of the scientist.", "Mossad", "ISR", "SPY"),
    ("Doha offered to host the talks.", "Doha", "QAT", "GOV"),
    # near neighbours: a town that is no seat of government is where a local group is
    ("Police in Mandalay detained the protesters.", "Police", "MMR", "COP"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), SEATS_IN_TEXT)
def test_a_seat_of_government_that_acts_is_its_government(pipeline, text: str, name: str,
                                                          country: str, sector: str) -> None:
    assert _code(pipeline, text, name) == (country, sector)


# a title after a name, set off by commas, in running text
TITLES_AFTER_IN_TEXT = [
    ("Troops moved north, said Somsak Wongsa, the army chief, on Monday in Bangkok.",
     "Somsak Wongsa", "THA", "MIL"),
    ("Levan Beridze, Georgia's interior minister, ordered the arrests.", "Levan Beridze",
     "GEO", "GOV"),
    ("Mahamat Abakar, the Chadian police chief, denied the report.", "Mahamat Abakar",
     "TCD", "COP"),
    ("Carlos Mejia, Panama's security minister, visited the border.", "Carlos Mejia",
     "PAN", "GOV"),
    ("Arman Petrosyan, an Armenian lawmaker, called for an inquiry.", "Arman Petrosyan",
     "ARM", "LEG"),
    # near neighbours: the title before the name
    ("Georgian Interior Minister Levan Beridze ordered the arrests.", "Levan Beridze",
     "GEO", "GOV"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), TITLES_AFTER_IN_TEXT)
def test_a_title_after_a_name_in_running_text(pipeline, text: str, name: str, country: str,
                                              sector: str) -> None:
    assert _code(pipeline, text, name) == (country, sector)


# an official whose title names no country takes the country the article is about
OFFICIALS_OF_THE_STORY = [
    # (a sentence with no event cue is not parsed, so the official acts here: "ordered
    # evacuations" is no cue since "order" needs "leave" or armed forces, session 38)
    ("Floods hit Battambang and Siem Reap. The interior minister, Sok Vanna, ordered the "
     "arrest of looters.", "Sok Vanna", "KHM"),
    ("Gunmen attacked a checkpoint near Menaka. Defence Minister Sadio Keita said troops "
     "were sent.", "Sadio Keita", "MLI"),
    ("Police in Tbilisi detained twelve protesters. Interior Minister Giorgi Lomidze defended "
     "the arrests.", "Giorgi Lomidze", "GEO"),
    pytest.param("Strikes closed the port of Colon. Labour Minister Rosa Jaen met the unions.",
                 "Rosa Jaen", "PAN", marks=pytest.mark.xfail(
                     strict=True, reason="Colon (Colón) is no place of the article's country")),
    ("Rains flooded Sohar and Muscat. Minister Salim al-Busaidi promised aid.",
     "Salim al-Busaidi", "OMN"),
    # near neighbours: a country in the title wins
    ("Troops massed near Menaka. Nigerien Defence Minister Salifou Mody denied it.",
     "Salifou Mody", "NER"),
]


@pytest.mark.parametrize(("text", "name", "country"), OFFICIALS_OF_THE_STORY)
def test_an_official_takes_the_country_of_the_story(pipeline, text: str, name: str,
                                                    country: str) -> None:
    assert _code(pipeline, text, name)[0] == country


# groups in running text: companies, media, refugees, militias, suspected attackers
GROUPS_IN_TEXT = [
    ("Gazprom cut gas supplies to the region.", "Gazprom", "RUS", "BUS"),
    ("Aramco said the drone attack caused a fire.", "Aramco", "SAU", "BUS"),
    ("Al Jazeera reported that the border was closed.", "Al Jazeera", "QAT", "MED"),
    ("Rohingya refugees fled the camps near Cox's Bazar.", "refugees", "MMR", "REF"),
    ("Suspected militants ambushed a patrol near Tillaberi.", "militants", "", "REB"),
    ("Unknown gunmen shot dead a teacher in Pattani.", "gunmen", "", "UAF"),
    pytest.param("Karen rebels seized a base near the Thai border.", "rebels", "MMR", "REB",
                 marks=pytest.mark.xfail(strict=True, reason="Karen is a common first name: "
                                         "left out of peoples.tsv")),
    ("The Knesset passed the bill on Wednesday.", "Knesset", "ISR", "LEG"),
    ("Security sources said the convoy was hit near Gao.", "Security sources", "", "COP"),
    ("Judicial sources said the trial would resume in Baku.", "Judicial sources", "", "JUD"),
    # near neighbours
    ("Rebels seized a base near the border.", "Rebels", "", "REB"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), GROUPS_IN_TEXT)
def test_groups_of_the_five_regions_in_running_text(pipeline, text: str, name: str,
                                                    country: str, sector: str) -> None:
    assert _code(pipeline, text, name) == (country, sector)
