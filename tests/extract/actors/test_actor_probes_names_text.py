"""Third set of probe articles for issue 19, item 3 (made up, not from any data set): actors found
in running text by the whole pipeline (real model, real lexicons): datelines, and former
office-holders named by a group noun."""

from __future__ import annotations

import datetime as dt

import pytest

from samples import actor_named
from sitrep.records import Article


def _actors(pipeline, text: str) -> list:
    article = Article(text=text, published=dt.date(2022, 3, 10))
    return pipeline.process(article).actors


# the town of a dateline is where the report was filed, not the speaker of the first sentence;
# the speaker keeps their own country
DATELINES = [
    ("KABUL \u2014 Pakistan's Foreign Ministry said on Monday that talks would resume.",
     "KABUL", "Foreign Ministry", "PAK"),
    ("NAIROBI, Kenya \u2014 Ugandan police said they had arrested four smugglers.",
     "Kenya", "Ugandan police", "UGA"),
    ("LAGOS (Reuters) - Ghana's finance minister said the loan was agreed on Friday.",
     "LAGOS", "finance minister", "GHA"),
    ("WASHINGTON, May 3 (Reuters) - Mexican officials said the border would reopen.",
     "WASHINGTON", "Mexican officials", "MEX"),
    ("ISLAMABAD: Afghan authorities on Sunday closed the Torkham crossing.",
     "ISLAMABAD", "Afghan authorities", "AFG"),
    ("Beirut, Lebanon (AP) \u2014 Syrian troops shelled villages near Idlib overnight.",
     "Beirut", "Syrian troops", "SYR"),
    ("MOSCOW \u2014 Belarusian opposition leaders urged a boycott of the vote.",
     "MOSCOW", "opposition leaders", "BLR"),
    ("TEHRAN, Iran \u2014 Iraqi militias fired rockets at the base, officials said.",
     "TEHRAN", "Iraqi militias", "IRQ"),
    ("BEIJING (AP) \u2014 Taiwanese troops held drills on the island of Kinmen.",
     "BEIJING", "Taiwanese troops", "TWN"),
    ("ANKARA: Greek jets intercepted two aircraft over the Aegean, the ministry said.",
     "ANKARA", "Greek jets", "GRC"),
    ("A report from\nCAIRO \u2014 Sudanese army officers met the mediators on Monday.",
     "CAIRO", "Sudanese army", "SDN"),
    ("By Ann Lee and Tom Ray, Associated Press LONDON (AP) \u2014 French police said two men "
     "were held.", "LONDON", "French police", "FRA"),
    ("JERUSALEM (AP)_ Egyptian officials said on Sunday the truce would hold.", "JERUSALEM",
     "Egyptian officials", "EGY"),
    ("BAGHDAD _ Turkish warplanes struck targets near Duhok, officials said.", "BAGHDAD",
     "Turkish warplanes", "TUR"),
]


@pytest.mark.parametrize(("text", "dateline", "speaker", "country"), DATELINES)
def test_a_dateline_town_is_no_actor(pipeline, text: str, dateline: str, speaker: str,
                                     country: str) -> None:
    actors = _actors(pipeline, text)
    assert not [a for a in actors if a.text == dateline]
    assert [a.country for a in actors if speaker in a.text][:1] == [country]


# near neighbours: a country or capital that acts in the first sentence is still an actor
ACTING_FIRST = [
    ("Moscow said on Monday it would expel ten diplomats.", "Moscow", "RUS"),
    ("Russia \u2014 which denies the charge \u2014 said the report was false.", "Russia", "RUS"),
    ("Kenya and Uganda signed a border deal on Friday.", "Kenya", "KEN"),
    ("KENYA SIGNS DEAL\nNairobi said on Friday it had signed the deal.", "Nairobi", "KEN"),
    ("Iran, Russia and Turkey - the three sponsors - met in Astana.", "Turkey", "TUR"),
    ("Analysts said that IRAN - and its allies - would respond.", "IRAN", "IRN"),
]


@pytest.mark.parametrize(("text", "name", "country"), ACTING_FIRST)
def test_a_country_acting_in_the_first_sentence_stays_an_actor(pipeline, text: str, name: str,
                                                               country: str) -> None:
    assert actor_named(pipeline, text, name, "2022-03-10").country == country


# a group noun of an office after "former"/"ex-"/"retired" is a former holder (ELI); the
# office itself, and "former" of something else, keep their sector
FORMER_GROUPS = [
    ("The former minister was arrested at the airport.", "minister", "ELI"),
    ("Two former ministers joined the protest.", "ministers", "ELI"),
    ("A retired admiral criticised the plan.", "admiral", "ELI"),
    ("Several ex-lawmakers signed the letter.", "lawmakers", "ELI"),
    ("The former judges wrote to the president.", "judges", "ELI"),
    ("A former diplomat said the talks had failed.", "diplomat", "ELI"),
    ("The former prosecutors asked for a review.", "prosecutors", "ELI"),
    ("Retired police officers marched in the capital.", "police officers", "ELI"),
    ("An ex-senator was charged with fraud.", "senator", "ELI"),
    ("The deposed governor fled the country.", "governor", "ELI"),
    # near neighbours
    ("The minister was arrested at the airport.", "minister", "GOV"),
    ("Two ministers joined the protest.", "ministers", "GOV"),
    ("An admiral criticised the plan.", "admiral", "MIL"),
    ("Several lawmakers signed the letter.", "lawmakers", "LEG"),
    ("Former employees of the bank sued the lawmakers.", "lawmakers", "LEG"),
]


@pytest.mark.parametrize(("text", "name", "sector"), FORMER_GROUPS)
def test_former_holders_named_by_a_group_noun_are_eli(pipeline, text: str, name: str,
                                                      sector: str) -> None:
    assert actor_named(pipeline, text, name, "2022-03-10").sector == sector


# warships by their navy's prefix, and institutions named after known people, in running text
SHIPS_AND_INSTITUTIONS = [
    ("The USS Carney shot down three drones over the Red Sea.", "USS Carney", "USA", "MIL"),
    ("HMS Diamond fired on a drone launched from Yemen.", "HMS Diamond", "GBR", "MIL"),
    ("Chinese ships blocked the BRP Sierra Madre near the shoal.", "BRP Sierra Madre", "PHL",
     "MIL"),
    ("INS Kolkata rescued the crew of the tanker.", "INS Kolkata", "IND", "MIL"),
    ("Doctors at Kenyatta National Hospital said nine were in critical condition.",
     "Kenyatta National Hospital", "KEN", "HLH"),
    ("The Obama Foundation condemned the attack on the school.", "Obama Foundation", "USA",
     "NGO"),
    ("Students at Kenyatta University blocked the highway.", "Kenyatta University", "KEN",
     "EDU"),
    ("TCG Anadolu docked in Istanbul after the exercise.", "TCG Anadolu", "TUR", "MIL"),
    ("Rebels fired at HMAS Sydney, the navy said.", "HMAS Sydney", "AUS", "MIL"),
    ("The Erdogan Institute said the polls were fair.", "Erdogan Institute", "TUR", "EDU"),
    # near neighbours: the people themselves
    ("President Uhuru Kenyatta visited the hospital.", "Kenyatta", "KEN", "GOV"),
    ("Mark Carney said the tariffs would hurt both countries.", "Carney", "CAN", "GOV"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), SHIPS_AND_INSTITUTIONS)
def test_ships_and_institutions_are_not_people(pipeline, text: str, name: str,
                                               country: str | None, sector: str) -> None:
    actor = actor_named(pipeline, text, name, "2020-03-10")
    assert (actor.country, actor.sector) == (country, sector)
