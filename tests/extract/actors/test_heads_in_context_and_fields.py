"""Probes of session 45's actor coding (made-up phrases, the real model, no mocks):

- a bare noun phrase takes the fuller phrase its context writes for it
  (``heads.fuller_phrase``): its own "of"/"for" complement, an earlier noun phrase of the same
  head, the body that says the clause a spokesperson is in;
- a council or conference of a civil field is of that field; a generic body of national,
  internal or state security is the secret service (not a ministry of national security); one
  of investigation is the police;
- intelligence roles and bodies are the secret service's whoever owns them ("a Taliban
  intelligence official");
- a lowercase trade noun before a company's name is the company (``heads.trade_of_company``);
- a place whose name starts with a title, a place after the first title ("at Tamale's ...").
Neighbours keep their old codes.
"""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor
from sitrep.extract.actors.heads import fuller_phrase

IN_CONTEXT = [
    ("the bureau", "Kenya's criminal investigation bureau said the bureau had seized the guns.",
     "KEN", "COP"),
    ("the directorate", "Chad's intelligence directorate said the directorate held three men.",
     "TCD", "SPY"),
    ("the chairman", "In Lagos, the chairman of the transport workers' union called a strike.",
     "NGA", "LAB"),
    ("the spokeswoman", "Uganda's army said the spokeswoman had been moved to another post.",
     "UGA", "MIL"),
    ("the spokesman", "The spokesman for Amnesty International said the trial was unfair.",
     "", "NGO"),
    ("the union", "Ghana's teachers' union said the union would strike on Monday.", "GHA", "LAB"),
]


@pytest.mark.parametrize(("phrase", "context", "country", "sector"), IN_CONTEXT)
def test_a_bare_phrase_takes_the_fuller_one_of_its_context(phrase: str, context: str,
                                                           country: str, sector: str) -> None:
    assert code_actor(phrase, context) == (country, sector)


@pytest.mark.parametrize(("phrase", "context"), [
    ("agency", "The agency said on Monday that it had arrested two men."),  # no fuller one
    ("minister", "Ghana's president met the minister in Accra."),  # no complement, no body
    ("Joseph Banda", "Joseph Banda, a teacher, was arrested."),  # not a bare noun
])
def test_no_fuller_phrase_where_the_context_gives_none(phrase: str, context: str) -> None:
    assert fuller_phrase(phrase, context) is None


FIELDS = [
    ("the Nigerian Ulama Council", "NGA", "REL"),
    ("the Council of Ulema of Mali", "MLI", "REL"),
    ("the Catholic Bishops' Conference of Zambia", "ZMB", "REL"),
    ("Ghana's National Investigation Bureau", "GHA", "COP"),
    ("the Georgian State Security Service", "GEO", "SPY"),
    ("Uzbekistan's Committee for National Security", "UZB", "SPY"),
    ("Kenya's coastguard", "KEN", "MIL"),
    ("a Laotian casino operator", "LAO", "BUS"),
    ("the Peruvian gold miner Minera Andes SA", "PER", "BUS"),
    ("the Indonesian coal miner PT Bara Jaya", "IDN", "BUS"),
    ("a Houthi intelligence official", "YEM", "SPY"),
    ("an officer of the Taliban's intelligence service", "AFG", "SPY"),
    ("deputy chief of Belarus's State Committee for National Security", "BLR", "SPY"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), FIELDS)
def test_bodies_take_their_field(phrase: str, country: str, sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


NEIGHBOURS = [
    ("the city council", None, "GOV"),
    ("Jamaica's Ministry of National Security", "JAM", "GOV"),  # a government's ministry
    ("the Chinese Ministry of State Security", "CHN", "SPY"),
    ("Lebanon's Internal Security Forces", "LBN", "COP"),
    ("Zambian copper miners", "ZMB", "LAB"),  # workers, no company named
    ("the National Assembly", None, "LEG"),
    ("a Houthi spokesman", "YEM", "REB"),  # a generic role in an armed group stays its
    ("a senior officer of the Taliban", "AFG", "REB"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), NEIGHBOURS)
def test_neighbours_keep_their_codes(phrase: str, country: str | None, sector: str) -> None:
    got_country, got_sector = code_actor(phrase)
    assert got_sector == sector
    if country is not None:
        assert got_country == country


@pytest.mark.parametrize(("phrase", "country"), [
    ("a General Santos councillor", "PHL"),
    ("nurses at Tamale's teaching hospital", "GHA"),
])
def test_places_in_names(phrase: str, country: str) -> None:
    assert code_actor(phrase)[0] == country
