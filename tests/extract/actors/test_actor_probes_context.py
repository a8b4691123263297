"""Third set of probes for issue 19 (made up for this project, not from any data set), in
``tests/data/actors_context_made_up.jsonl`` (the actors eval's JSON Lines format, with a
``class`` key): an official whose title names no country takes the country the context is
about (its dateline, the country it names most, once more in the official's own sentence; not
the first foreign name), a province, state or town whose name several countries share is the
one in the context's country ("Punjab police" in an Indian story), and a name ending in what a
company or charity calls itself ("Pryor & Sons", "the Halden Trust", "Sandell AB") is no
government; a role a relative clause gives in the past ("X, who served as interior minister
until 2019,") is a former office-holder's. Neighbours: one-country contexts, no context, the
usual reading of a name, roles given now."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from samples import actor_named
from sitrep.evaluate.actors import case_date
from sitrep.extract.actors.code import code_actor
from sitrep.extract.actors.where import town_country

CASES = [json.loads(line) for line in (Path(__file__).parents[2] / "data"
                                       / "actors_context_made_up.jsonl").read_text("utf-8")
         .splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['class']}-{n}" for n, c in enumerate(CASES)])
def test_actor_in_its_context_is_coded_as_the_case_says(case: dict) -> None:
    country, sector = code_actor(case["text"], case.get("context", ""), date=case_date(case))
    if "country" in case:
        assert country == case["country"]
    if "sector" in case:
        assert sector == case["sector"]


@pytest.mark.parametrize(("dateline", "country"), [
    ("KAMPALA, Uganda (AP) \u2014", "UGA"), ("OSLO -", "NOR"), ("Kabul, Afghanistan (AP) -", "AFG"),
    ("ST. LOUIS, Mo. (AP) -", "USA"), ("WASHINGTON, April 5 (Reuters) -", "USA"),
    ("NEW DELHI \u2014", "IND"), ("PARIS, Texas (AP) -", "USA"), ("LAGOS, Nigeria -", "NGA"),
    ("ALBUQUERQUE, New Mexico \u2014", "USA"), ("SPRINGFIELD, Ill. -", "USA"),
    ("LEBANON (AP) \u2014", "USA"),  # a dateline names a town: Lebanon, Ohio
    ("SANFORD, N.C. (AP) -", "USA"), ("PERTH, WA -", "AUS"), ("SEATTLE, WA -", "USA"),
])
def test_a_dateline_names_the_country_of_its_town(dateline: str, country: str) -> None:
    assert town_country(dateline) == country


# in running text: the dateline outweighs a foreign name in the sentence before the official
ARTICLES = [
    ("BERLIN (Reuters) - Russia's embassy protested on Tuesday after the arrests. Interior "
     "Minister Karl Ost said the two men had spied for Moscow.", "Karl Ost", "DEU"),
    ("LISBON \u2014 China's ambassador was summoned on Monday. Foreign Minister Rui Tavares said "
     "the government expected an apology.", "Rui Tavares", "PRT"),
    ("KAMPALA, Uganda (AP) \u2014 Kenyan traders blocked the border for a third day. Trade "
     "Minister Aisha Nabirye said talks would resume.", "Aisha Nabirye", "UGA"),
    ("TOKYO \u2014 American experts praised the plan on Friday. Health Minister Dana Ikeda said "
     "vaccinations would start next month.", "Dana Ikeda", "JPN"),
    ("AMMAN \u2014 Syrian refugees crossed the border overnight. Interior Minister Sami Haddad "
     "said the kingdom could take no more.", "Sami Haddad", "JOR"),
    ("OSLO \u2014 Russian fishing boats were seen near Svalbard. Defence Minister Nils Berg said "
     "the navy would patrol the area.", "Nils Berg", "NOR"),
    ("ACCRA \u2014 US investors were wary of the new bonds. Finance Minister Ama Mensah said the "
     "debt deal was near.", "Ama Mensah", "GHA"),
    ("HANOI \u2014 Chinese coast guard ships rammed a fishing boat. Foreign Minister Tran Van Hoa "
     "said the ministry had protested.", "Tran Van Hoa", "VNM"),
    ("QUITO, Ecuador \u2014 Colombian rebels crossed the border on Sunday. Defence Minister "
     "Pablo Andrade said troops were sent.", "Pablo Andrade", "ECU"),
    ("NAIROBI, Kenya (AP) \u2014 Somali militants attacked a bus near the border. Interior "
     "Minister Ruth Wanjiru said police were hunting them.", "Ruth Wanjiru", "KEN"),
    ("CANBERRA \u2014 Chinese warships sailed near the coast. Defence Minister Liam Hart said the "
     "ships were watched.", "Liam Hart", "AUS"),
    ("SEOUL \u2014 North Korean drones crossed the border. Defence Minister Park Jin-ho said "
     "jets fired warning shots.", "Park Jin-ho", "KOR"),
    # neighbours: a subject of the official's own sentence, one country, no dateline
    ("JOHANNESBURG \u2014 Zimbabwean nationals were among those held. Police chief Musa Dlamini "
     "said officers had seized guns.", "Musa Dlamini", "ZAF"),
    ("Iran's navy seized a tanker in the Gulf. In London, Defence Secretary Ann Lee said Britain "
     "would send a frigate.", "Ann Lee", "GBR"),
    ("NAIROBI \u2014 Police Commissioner Ahmed Farouk said officers had been deployed.",
     "Ahmed Farouk", "KEN"),
    ("Germany tightened its border checks. Interior Minister Karl Ost said the measures would "
     "last a month.", "Karl Ost", "DEU"),
    # a country that modifies the official's title outweighs the dateline
    ("NAIROBI, Kenya (AP) \u2014 Kenyan officials met the delegation on Monday. They discussed "
     "the visit of U.S. Trade Secretary John Miller next month.", "John Miller", "USA"),
    ("SANFORD, N.C. (AP) - A gunman wounded two people at a school. Police Chief Mark Dunn "
     "said the suspect was caught.", "Mark Dunn", "USA"),
]


@pytest.mark.parametrize(("text", "name", "country"), ARTICLES)
def test_an_official_without_a_country_in_the_title_takes_the_datelines(
        pipeline, text: str, name: str, country: str) -> None:
    actor = actor_named(pipeline, text, name, dt.date(2022, 3, 10).isoformat())
    assert actor.country == country


# a relative clause of a role held before ("X, who served as interior minister until 2019,"):
# a former office-holder (ELI); a clause that gives the role now ("who was appointed ...") or
# gives none ("who was arrested by police") does not
PAST_ROLES = [
 ("Hakim Saadi, who served as interior minister until 2019, denied the charges on Monday.", "Hakim Saadi", "ELI"),
 ("Lena Marsh, who was defence secretary under the last government, criticised the plan.", "Lena Marsh", "ELI"),
 ("Omar Baraka, who had been army chief for a decade, was arrested in Khartoum.", "Omar Baraka", "ELI"),
 ("Peter Novak, who was prime minister from 2008 to 2013, accused the government of fraud.", "Peter Novak", "ELI"),
 ("Rosa Villalba, who served as justice minister, was questioned by prosecutors.", "Rosa Villalba", "ELI"),
 ("John Okafor, who was governor of Ogun state, was arrested by police on Monday.", "John Okafor", "ELI"),
 ("Mikael Sorensen, who had served as foreign minister, condemned the attack.", "Mikael Sorensen", "ELI"),
 ("Aziz Rahimi, who was then police chief of Herat, was killed by a roadside bomb.", "Aziz Rahimi", "ELI"),
 ("Carla Mendes, who was finance minister until March, accused the president of lying.", "Carla Mendes", "ELI"),
 ("Ahmed Hassan, who served as deputy speaker of parliament, condemned the attack.", "Ahmed Hassan", "ELI"),
 ("Peter Oduya, who was mayor of Kisumu for two terms, urged calm.", "Peter Oduya", "ELI"),
 ("Maria Santos, who had been education minister, accused the army of torture.", "Maria Santos", "ELI"),
 ("Laura Gomez, who was a senator until last year, condemned the killings.", "Laura Gomez", "ELI"),
 # neighbours: the role given now
 ("Hakim Saadi, who was appointed interior minister last week, denied the charges.", "Hakim Saadi", "GOV"),
 ("Lena Marsh, who was sworn in as defence secretary on Monday, visited the troops.", "Lena Marsh", "GOV"),
 ("Hakim Saadi, the interior minister, denied the charges.", "Hakim Saadi", "GOV"),
 ("John Okafor, who was elected governor in March, condemned the attack.", "John Okafor", "GOV"),
 ("Omar Baraka, who was arrested by police on Monday, denied the charges.", "Omar Baraka", None),
]


@pytest.mark.parametrize(("text", "name", "sector"), PAST_ROLES)
def test_a_role_held_in_a_past_clause_is_a_former_office_holders(
        pipeline, text: str, name: str, sector: str | None) -> None:
    actor = actor_named(pipeline, text, name, dt.date(2022, 6, 10).isoformat())
    assert actor.sector == sector
