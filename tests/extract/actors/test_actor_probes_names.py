"""Third set of probe phrases for issue 19, item 3 (made up, not from any data set): names of
organisations, and the places inside them. One list per error class, with near neighbours that
must keep their coding. Each phrase is coded in isolation by ``code_actor`` with NGEC's
conventions ("" = no country)."""

from __future__ import annotations

import pytest

from sitrep.extract.actors.code import code_actor

NAIROBI = "Police in Nairobi fired tear gas at marchers on Tuesday."
GOMA = "Fighting near Goma displaced thousands of families."

# an international NGO or news agency the lexicon knows without a country is of no country,
# whatever story names it; bodies of a state named without one take the story's country
STATELESS = [
    ("Human Rights Watch", NAIROBI, "", "NGO"), ("Amnesty International", NAIROBI, "", "NGO"),
    ("Amnesty", GOMA, "", "NGO"), ("Doctors Without Borders", GOMA, "", "NGO"),
    ("Save the Children", GOMA, "", "NGO"), ("the ICRC", GOMA, "", "NGO"),
    ("the International Committee of the Red Cross", NAIROBI, "", "NGO"),
    ("HRW", NAIROBI, "", "NGO"), ("Reuters", NAIROBI, "", "MED"),
    ("Agence France-Presse", GOMA, "", "MED"), ("the Associated Press", GOMA, "", "MED"),
    # near neighbours: a national branch names its country; state bodies, people with a title
    # and armed groups still take the story's
    ("the Kenya Red Cross", GOMA, "KEN", "NGO"), ("the Treasury", NAIROBI, "KEN", "GOV"),
    ("the Supreme Court", NAIROBI, "KEN", "JUD"), ("the interior minister", GOMA, "COD", "GOV"),
    ("Policia Nacional", "Clashes broke out in Tegucigalpa.", "HND", "COP"),
    ("Human Rights Watch", "", "", "NGO"),
]


@pytest.mark.parametrize(("phrase", "context", "country", "sector"), STATELESS)
def test_an_international_ngo_takes_no_country_from_the_story(phrase: str, context: str,
                                                              country: str,
                                                              sector: str) -> None:
    assert code_actor(phrase, context) == (country, sector)


# a place inside a name: the famous city over an obscure namesake or a region named after a
# smaller seat; a region across countries names none of them; a company, charity or party is
# named after a town only when the town is a large one
PLACES_IN_NAMES = [
    ("St. Louis police", "USA", "COP"), ("Saint Louis police", "USA", "COP"),
    ("St. Louis prosecutors", "USA", "JUD"), ("the St. Louis County police", "USA", "COP"),
    ("Sahel Rights Watch", "", "NGO"), ("Sahel rebels", "", "REB"),
    ("Orion Shipping Ltd", "", "BUS"), ("Greenfield Charity Trust", "", "NGO"),
    ("the Liberty Party", "", "PTY"), ("the Justice Party", "", "PTY"),
    ("Liberty Party leaders", "", "PTY"),
    # near neighbours: divisions without a seat of their name, large towns, and regions whose
    # namesake is a large part of them keep their country
    ("the Victoria Police", "AUS", "COP"), ("Cordoba prosecutors", "ARG", "JUD"),
    ("the Kurdistan regional government", "IRQ", "GOV"), ("Darfur rebels", "SDN", "REB"),
    ("Kandahar police", "AFG", "COP"), ("Lagos Steel Limited", "NGA", "BUS"),
    ("Mumbai Steel", "IND", "BUS"), ("Springfield police", "USA", "COP"),
    ("Punjab police", "PAK", "COP"), ("Kashmir police", "IND", "COP"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), PLACES_IN_NAMES)
def test_places_inside_names_are_famous_ones(phrase: str, country: str, sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# a proper name the coder does not know that ends in what it is: a business group, a watchdog
NAME_ENDINGS = [
    ("Nordic Star Group", "BUS"), ("the Halvorsen Group", "BUS"), ("Tarsus Group", "BUS"),
    ("Kestrel Holdings Limited", "BUS"), ("Brenner Logistik GmbH", "BUS"),
    ("Amber Limited", "BUS"), ("Delta Rights Watch", "NGO"), ("Forest Watch", "NGO"),
    ("Press Freedom Watch", "NGO"), ("Rights Watch", "NGO"),
    # near neighbours: a group of the lexicon, a unit of an armed force, and lower-case
    # "group" keep theirs
    ("Northern Fleet's Arctic Group", "MIL"), ("World Bank Group", "IGO"),
    ("Wagner Group", "UAF"), ("a group of tourists", "CVL"), ("a group of men", "UNK"),
    ("the Islamic State group", "REB"), ("Human Rights Watch", "NGO"),
]


@pytest.mark.parametrize(("phrase", "sector"), NAME_ENDINGS)
def test_an_unknown_name_ending_in_what_it_is_takes_that_sector(phrase: str,
                                                                sector: str) -> None:
    assert code_actor(phrase)[1] == sector


# a warship named with its navy's prefix is that navy's military, whoever the ship is named
# after
WARSHIPS = [
    ("the USS Carney", "USA", "MIL"), ("USS Harry S. Truman", "USA", "MIL"),
    ("HMS Diamond", "GBR", "MIL"), ("the HMS Queen Elizabeth", "GBR", "MIL"),
    ("INS Vikrant", "IND", "MIL"), ("HMAS Sydney", "AUS", "MIL"),
    ("HMCS Ottawa", "CAN", "MIL"), ("TCG Anadolu", "TUR", "MIL"),
    ("BRP Sierra Madre", "PHL", "MIL"), ("PNS Taimur", "PAK", "MIL"),
    ("NNS Aradu", "NGA", "MIL"), ("IRIS Jamaran", "IRN", "MIL"),
    ("HMNZS Aotearoa", "NZL", "MIL"), ("KRI Nanggala", "IDN", "MIL"),
    # near neighbours: the people the ships are named after, a navy by its name, and
    # helicopters of no stated use (a police, a UN or an ambulance helicopter is no army's)
    ("Mark Carney", "CAN", "GOV"), ("Carney", "CAN", "GOV"), ("the Indian Navy", "IND", "MIL"),
    ("helicopter gunships", "", "MIL"), ("attack helicopters", "", "MIL"),
    ("UN helicopters", "UNO", "IGO"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), WARSHIPS)
def test_warships_are_military_of_their_navy(phrase: str, country: str,
                                               sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# an institution named after a known person is the institution (its sector, the person's
# country); a place named after one is no government; the person's own name and their
# government keep theirs
NAMED_AFTER = [
    ("Kenyatta National Hospital", "KEN", "HLH"), ("the Obama Foundation", "USA", "NGO"),
    ("Museveni University", "UGA", "EDU"), ("the Erdogan Institute", "TUR", "EDU"),
    ("the Macron Charity", "FRA", "NGO"), ("Kenyatta University", "KEN", "EDU"),
    ("the Ruto Foundation", "KEN", "NGO"), ("Modi Stadium", "IND", ""),
    ("Obama Presidential Center", "USA", ""), ("the Putin Bridge", "RUS", ""),
    ("Erdogan Hospital", "TUR", "HLH"),
    # near neighbours
    ("Kenyatta", "KEN", "GOV"), ("the Putin administration", "RUS", "GOV"),
    ("the Museveni government", "UGA", "GOV"), ("President Erdogan", "TUR", "GOV"),
    ("Vladimir Putin", "RUS", "GOV"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), NAMED_AFTER)
def test_an_institution_named_after_a_person_is_the_institution(phrase: str, country: str,
                                                                sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# a place named by its own name before a larger place that has the name only as an old or
# foreign alternate name ("Zaragoza" is an alternate name of Tijuana, "Montgomery" an old name
# of Sahiwal), unless that one is five times as large ("Bombay", "Odessa")
OWN_NAMES = [
    ("Venice police", "ITA"), ("Venice prosecutors", "ITA"), ("Zaragoza police", "ESP"),
    ("Montgomery police", "USA"), ("Puno protesters", "PER"), ("Nis police", "SRB"),
    ("Mila police", "DZA"), ("Edo police", "NGA"), ("Florencia police", "COL"),
    ("Kabinda officials", "COD"), ("San Luis police", "ARG"), ("Sari police", "IRN"),
    # near neighbours: the famous places themselves, and old names of much larger ones
    ("Milan police", "ITA"), ("Tokyo police", "JPN"), ("Pune police", "IND"),
    ("Nice police", "FRA"), ("Jerusalem police", "ISR"), ("Tijuana police", "MEX"),
    ("Odessa police", "UKR"), ("Bombay police", "IND"), ("Florence police", "ITA"),
]


@pytest.mark.parametrize(("phrase", "country"), OWN_NAMES)
def test_a_place_by_its_own_name_before_an_alternate_name(phrase: str, country: str) -> None:
    assert code_actor(phrase)[0] == country


# peoples of one region of one country named like demonyms (peoples.tsv): their country
REGIONAL_PEOPLES = [
    ("Catalan police", "ESP", "COP"), ("the Catalan government", "ESP", "GOV"),
    ("Basque separatists", "ESP", "REB"), ("Flemish officials", "BEL", "GOV"),
    ("Walloon officials", "BEL", "GOV"), ("Breton farmers", "FRA", "AGR"),
    ("Sardinian shepherds", "ITA", ""), ("Quebecois nationalists", "CAN", ""),
    ("Catalans", "ESP", ""), ("Basques", "ESP", ""), ("Flemings", "BEL", ""),
    # near neighbours: regional demonyms read through GeoNames, and peoples across borders
    ("Corsican police", "FRA", "COP"), ("Tibetan monks", "CHN", "REL"),
    ("Bavarian prosecutors", "DEU", "JUD"), ("Sicilian prosecutors", "ITA", "JUD"),
    ("Kurdish fighters", "", "REB"), ("Fulani herdsmen", "", "AGR"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), REGIONAL_PEOPLES)
def test_regional_peoples_give_their_country(phrase: str, country: str, sector: str) -> None:
    assert code_actor(phrase) == (country, sector)


# dissidents of an armed group are its own splinters (its sector), not a peaceful opposition;
# dissidents of a state or a party stay the opposition
DISSIDENTS = [
    ("FARC dissidents", "COL", "REB"), ("a FARC dissident", "COL", "REB"),
    ("ELN dissidents", "COL", "REB"), ("PKK dissidents", "TUR", "REB"),
    ("M23 dissidents", "COD", "REB"), ("Houthi dissidents", "YEM", "REB"),
    ("ISIS dissidents", "", "REB"), ("Sinaloa Cartel dissidents", "MEX", "CRM"),
    ("al-Shabaab dissidents", "SOM", "REB"), ("Boko Haram dissidents", "NGA", "REB"),
    ("Taliban dissidents", "AFG", "REB"),
    # near neighbours
    ("Chinese dissidents", "CHN", "OPP"), ("Russian dissidents", "RUS", "OPP"),
    ("ANC dissidents", "ZAF", "OPP"), ("opposition activists", "", "OPP"),
    ("dissident FARC rebels", "COL", "REB"), ("al-Shabaab defectors", "SOM", "REB"),
]


@pytest.mark.parametrize(("phrase", "country", "sector"), DISSIDENTS)
def test_dissidents_of_an_armed_group_are_its_splinters(phrase: str, country: str,
                                                        sector: str) -> None:
    assert code_actor(phrase) == (country, sector)
