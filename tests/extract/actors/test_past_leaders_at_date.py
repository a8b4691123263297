"""Heads of state and government of the years before the lexicon's recent lines (issue 19 item
3, session 36): a leader named without a title is coded with their country, as government on a
date inside their term and as a former office-holder (ELI) on a date after it. Made-up
sentences around real names; the neighbours (leaders still in office, a person with several
roles, a made-up name) keep their codes."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.actors.code import code_actor

IN_OFFICE = [
    ("Mohamed Morsi", "Mohamed Morsi addressed the crowd in Tahrir Square.", "2012-10-02", "EGY"),
    ("Jacques Chirac", "Jacques Chirac opposed the war in a televised speech.", "2003-03-10",
     "FRA"),
    ("Tony Blair", "Tony Blair told parliament the troops would stay.", "2004-06-01", "GBR"),
    ("Nicolas Sarkozy", "Nicolas Sarkozy flew to Tbilisi with a peace plan.", "2008-08-12", "FRA"),
    ("Ali Abdullah Saleh", "Ali Abdullah Saleh refused to sign the transition deal.",
     "2011-05-22", "YEM"),
    ("Nouri al-Maliki", "Nouri al-Maliki ordered the army into Basra.", "2008-03-25", "IRQ"),
    ("Mahmoud Ahmadinejad", "Mahmoud Ahmadinejad defended the enrichment programme.",
     "2009-09-25", "IRN"),
    ("Pervez Musharraf", "Pervez Musharraf declared a state of emergency.", "2007-11-03", "PAK"),
    ("Susilo Bambang Yudhoyono", "Susilo Bambang Yudhoyono visited the tsunami zone.",
     "2005-01-02", "IDN"),
    ("Mwai Kibaki", "Mwai Kibaki was sworn in amid protests.", "2007-12-30", "KEN"),
    ("Laurent Gbagbo", "Laurent Gbagbo refused to cede power.", "2010-12-20", "CIV"),
    ("Abdelaziz Bouteflika", "Abdelaziz Bouteflika promised reforms.", "2011-04-15", "DZA"),
    ("Dilma Rousseff", "Dilma Rousseff vetoed the forestry bill.", "2012-05-25", "BRA"),
    ("Alvaro Uribe", "Alvaro Uribe praised the rescue of the hostages.", "2008-07-03", "COL"),
    ("Felipe Calderon", "Felipe Calderon sent troops to Michoacan.", "2006-12-11", "MEX"),
    ("Rafael Correa", "Rafael Correa said police had tried to kill him.", "2010-09-30", "ECU"),
    ("Viktor Yanukovych", "Viktor Yanukovych rejected the trade pact.", "2013-11-21", "UKR"),
    ("Mikheil Saakashvili", "Mikheil Saakashvili ordered a ceasefire.", "2008-08-10", "GEO"),
    ("Thaksin Shinawatra", "Thaksin Shinawatra called a snap election.", "2006-02-24", "THA"),
    ("Meles Zenawi", "Meles Zenawi sent troops into Somalia.", "2006-12-24", "ETH"),
    ("Blaise Compaore", "Blaise Compaore tried to extend his rule.", "2014-10-29", "BFA"),
    ("Hugo Chavez", "Hugo Chavez nationalised the oil fields.", "2007-05-01", "VEN"),
    ("Muammar Gaddafi", "Muammar Gaddafi vowed to fight to the last drop of blood.",
     "2011-02-22", "LBY"),
    ("Dmitry Medvedev", "Dmitry Medvedev recognised the two breakaway regions.", "2008-08-26",
     "RUS"),
]
AFTER_OFFICE = [
    ("Mohamed Morsi", "Mohamed Morsi appeared in court in a cage.", "2015-05-16", "EGY"),
    ("Tony Blair", "Tony Blair gave evidence to the inquiry.", "2010-01-29", "GBR"),
    ("Nicolas Sarkozy", "Nicolas Sarkozy was convicted of corruption.", "2021-03-01", "FRA"),
    ("Pervez Musharraf", "Pervez Musharraf was charged with treason.", "2014-03-31", "PAK"),
    ("Laurent Gbagbo", "Laurent Gbagbo went on trial in The Hague.", "2016-01-28", "CIV"),
    ("Viktor Yanukovych", "Viktor Yanukovych spoke from exile in Rostov.", "2015-03-02", "UKR"),
    ("Mikheil Saakashvili", "Mikheil Saakashvili was arrested on his return.", "2021-10-01",
     "GEO"),
    ("Thaksin Shinawatra", "Thaksin Shinawatra came home after years abroad.", "2023-08-22",
     "THA"),
    ("Blaise Compaore", "Blaise Compaore was sentenced in absentia.", "2022-04-06", "BFA"),
    ("Alvaro Uribe", "Alvaro Uribe was placed under house arrest.", "2020-08-04", "COL"),
]
NEIGHBOURS = [
    ("Vladimir Putin", "Vladimir Putin chaired the security council.", "2023-05-01", "RUS",
     "GOV"),
    ("Vladimir Putin", "Vladimir Putin, then prime minister, visited the plant.", "2010-06-01",
     "RUS", "GOV"),
    ("Emmanuel Macron", "Emmanuel Macron spoke at the summit.", "2019-08-25", "FRA", "GOV"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan opened the bridge.", "2012-03-01", "TUR",
     "GOV"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan opened the bridge.", "2022-03-01", "TUR",
     "GOV"),
    ("Dmitry Medvedev", "Dmitry Medvedev threatened the West again.", "2023-02-01", "RUS",
     "GOV"),
    ("Joe Biden", "Joe Biden signed the bill.", "2022-08-16", "USA", "GOV"),
    ("Boris Johnson", "Boris Johnson wrote a newspaper column.", "2023-09-01", "GBR", "ELI"),
]


@pytest.mark.parametrize(("text", "context", "date", "country"), IN_OFFICE)
def test_a_past_leader_in_office_is_government(text: str, context: str, date: str,
                                               country: str) -> None:
    assert code_actor(text, context, date=dt.date.fromisoformat(date)) == (country, "GOV")


@pytest.mark.parametrize(("text", "context", "date", "country"), AFTER_OFFICE)
def test_a_past_leader_after_office_is_a_former_office_holder(text: str, context: str,
                                                              date: str, country: str) -> None:
    assert code_actor(text, context, date=dt.date.fromisoformat(date)) == (country, "ELI")


@pytest.mark.parametrize(("text", "context", "date", "country", "sector"), NEIGHBOURS)
def test_leaders_of_the_lexicon_keep_their_codes(text: str, context: str, date: str,
                                                 country: str, sector: str) -> None:
    assert code_actor(text, context, date=dt.date.fromisoformat(date)) == (country, sector)
