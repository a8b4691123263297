"""Second set of probe articles for issue 19, item 3 (made up, not from any data set): actors
found in running text by the whole pipeline (real model, real lexicons), coded with the
article's places, its publication and its date."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import actor_named
from sitrep.records import Article


def _actor(pipeline, text: str, name: str, published: str = "2022-03-10",
           source: str | None = None, url: str | None = None):
    return actor_named(pipeline, text, name, published, source, url)


# an official whose title names no country, in an article that names no place: the country
# of the publication (its web address's country domain, or a place or demonym in its name)
PUBLICATION = [
    ("Interior Minister Ana Varga said the new law would pass next week.", "Ana Varga",
     None, "https://www.napilap.hu/belfold/2022/03/law", "HUN"),
    ("Finance Minister Tomas Kral announced new taxes on Tuesday.", "Tomas Kral",
     None, "https://zpravy.example.cz/ekonomika/dane", "CZE"),
    ("Home Secretary Priya Nair said the bill would be tabled.", "Priya Nair",
     "The Kerala Courier", None, "IND"),
    ("Defence Minister Bola Adeyemi visited the troops on Friday.", "Bola Adeyemi",
     "Lagos Evening Post", None, "NGA"),
    ("Energy Minister Rustam Aliev said prices would stay the same.", "Rustam Aliev",
     None, "https://news.example.uz/economy/prices", "UZB"),
    ("Health Minister Joana Sousa opened the new wing.", "Joana Sousa",
     "Jornal de Lisboa", None, "PRT"),
    ("Education Minister Kwame Asante promised more teachers.", "Kwame Asante",
     "The Ghanaian Chronicle", None, "GHA"),
    ("Justice Minister Elif Demir defended the reform.", "Elif Demir",
     None, "https://www.haber.example.com.tr/gundem/reform", "TUR"),
    # near neighbours: the article's own places win over the publication; a generic domain
    # names no country
    ("Floods hit Kandy and Galle overnight. Roads near Kandy were closed. Disaster Minister "
     "Ravi Perera toured the area.", "Ravi Perera", None, "https://www.example.co.uk/world",
     "LKA"),
    ("Interior Minister Ana Varga said the new law would pass next week.", "Ana Varga",
     None, "https://www.example.com/world/law", None),
    ("Interior Minister Ana Varga said the new law would pass next week.", "Ana Varga",
     None, "https://www.example.tv/world/law", None),
]


@pytest.mark.parametrize(("text", "name", "source", "url", "country"), PUBLICATION)
def test_an_official_without_a_country_takes_the_publications_country(
        pipeline, text: str, name: str, source: str | None, url: str | None,
        country: str | None) -> None:
    assert _actor(pipeline, text, name, source=source, url=url).country == country


# equipment, makers and ordinary nouns in running text
IN_TEXT = [
    ("Russia launched Iranian-made drones at Kyiv overnight.", "drones", "", "MIL"),
    ("Pakistan commissioned two Chinese-built frigates on Monday.", "frigates", "", "MIL"),
    ("Egyptian warships sailed through the canal.", "warships", "EGY", "MIL"),
    ("Looters ransacked shops in the city centre.", "Looters", "", "CRM"),
    ("Israeli settlers attacked a village near Nablus.", "settlers", "ISR", "CVL"),
    ("Prison guards went on strike over pay.", "guards", "", "COP"),
    ("Kenyan MPs rejected the budget on Thursday.", "MPs", "KEN", "LEG"),
    ("Mortars hit the base before dawn.", "Mortars", "", "MIL"),
]


@pytest.mark.parametrize(("text", "word", "country", "sector"), IN_TEXT)
def test_equipment_and_ordinary_nouns_in_text(pipeline, text: str, word: str, country: str,
                                             sector: str) -> None:
    actor = _actor(pipeline, text, word)
    assert (actor.country or "", actor.sector) == (country, sector)


FORMER_IN_TEXT = [
    ("The former Soviet republic's President Ilham Karimov met the envoy.", "Ilham Karimov",
     "GOV"),
    ("Former Prime Minister Jonas Valka criticised the budget.", "Jonas Valka", "ELI"),
    ("Ex-minister Rita Kolar was arrested on Monday.", "Rita Kolar", "ELI"),
]


@pytest.mark.parametrize(("text", "name", "sector"), FORMER_IN_TEXT)
def test_former_office_holders_in_text(pipeline, text: str, name: str, sector: str) -> None:
    assert _actor(pipeline, text, name).sector == sector


FORMER_BEFORE_A_PLACE = [
    ("Former El Paso County Commissioner Ruben Ortega pleaded guilty.", "Ruben Ortega", "ELI"),
    ("Former Lagos State Governor John Okafor spoke at the rally.", "John Okafor", "ELI"),
    ("Former Texas Governor Mark Ellison spoke at the rally.", "Mark Ellison", "ELI"),
    ("The ex-Punjab Chief Minister Rana Iqbal was arrested.", "Rana Iqbal", "ELI"),
    ("Ousted Kandahar Governor Abdul Wali fled the city.", "Abdul Wali", "ELI"),
    # near neighbours: "former" that belongs to someone or something else
    ("Former rebels who attacked President Amadou Sane were jailed.", "Amadou Sane", "GOV"),
    ("Lagos State Governor John Okafor met former colleagues.", "John Okafor", "GOV"),
    ("Texas Governor Mark Ellison met former colleagues.", "Mark Ellison", "GOV"),
]


@pytest.mark.parametrize(("text", "name", "sector"), FORMER_BEFORE_A_PLACE)
def test_former_before_a_place_and_title(pipeline, text: str, name: str, sector: str) -> None:
    assert _actor(pipeline, text, name).sector == sector


# words that name an armed force only in some senses are no actor in the others
NOT_ACTORS = [
    ("The central bank's foreign reserves fell by a tenth in May.", "reserves"),
    ("Patients face a battery of tests before surgery.", "battery"),
    ("The press corps waited outside the palace for hours.", "corps"),
    ("The coach named his squad for the World Cup on Friday.", "squad"),
    ("Students were in the vanguard of the reform movement.", "vanguard"),
    ("The team captain lifted the trophy in Lagos.", "captain"),
]


@pytest.mark.parametrize(("text", "word"), NOT_ACTORS)
def test_words_in_their_other_senses_are_no_actors(pipeline, text: str, word: str) -> None:
    article = Article(text=text, published=dt.date(2022, 3, 10))
    assert not [a for a in pipeline.process(article).actors if word in a.text]


HEADLINE_WORDS = [
    ("Gangs Impose Curfew in Honduran Capital", "Capital"),
    ("Mexican Energy Reform Stalls in Congress", "Energy"),
    ("Nigerian Oil Output Falls Again", "Oil"),
]


@pytest.mark.parametrize(("text", "word"), HEADLINE_WORDS)
def test_words_of_business_names_in_headlines_are_no_actors(pipeline, text: str,
                                                            word: str) -> None:
    article = Article(text=text, published=dt.date(2022, 3, 10))
    assert not [a for a in pipeline.process(article).actors if word in a.text]
