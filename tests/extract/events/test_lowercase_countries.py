"""Names of countries, capitals and peoples are written capitalised: a lowercase common noun that
spells one ("the male was struck": not Malé; "a turkey farm", "a pole dancer", "a china shop")
gives its participant no country, while "Turkey", "China", "Dutch police" keep theirs (a
participant with a foreign country kept two reports of one shooting apart). Sentences made up
for these tests, read with the real model."""

from __future__ import annotations

import pytest

# (text, trigger, participant word, wrong country)
LOWERCASE = [
    ("The male was shot in the leg on Sunday.", "shot", "male", "MDV"),
    ("Police arrested a male near the park on Monday.", "arrested", "male", "MDV"),
    ("Officers detained an adult male on Friday.", "detained", "male", "MDV"),
    ("Gunmen attacked a turkey farm on Tuesday.", "attacked", "turkey", "TUR"),
    ("Rioters attacked a china shop on Saturday.", "attacked", "china", "CHN"),
    ("A man attacked a jersey vendor outside the stadium.", "attacked", "jersey", "JEY"),
    ("Police arrested a pole dancer on Friday.", "arrested", "pole", "POL"),
    ("Robbers shot a guinea fowl breeder on Sunday.", "shot", "guinea", "GIN"),
    ("Thugs beat a lima bean farmer on Monday.", "beat", "lima", "PER"),
    ("Gunmen shot the male twice on Sunday night.", "shot", "male", "MDV"),
    ("Deputies arrested a male suspect on Friday.", "arrested", "male", "MDV"),
]
# (text, trigger, participant word, country)
CAPITALISED = [
    ("Turkey attacked Kurdish positions on Sunday.", "attacked", "Turkey", "TUR"),
    ("China detained two activists on Monday.", "detained", "China", "CHN"),
    ("Mali arrested a journalist on Friday.", "arrested", "Mali", "MLI"),
    ("Malian troops attacked a rebel camp on Tuesday.", "attacked", "Malian", "MLI"),
    ("Dutch police arrested three men on Monday.", "arrested", "Dutch", "NLD"),
    ("Greek police detained 40 migrants on Sunday.", "detained", "Greek", "GRC"),
    ("Panama arrested a banker on Friday.", "arrested", "Panama", "PAN"),
    ("Jordan arrested two suspects on Monday.", "arrested", "Jordan", "JOR"),
    ("Chad attacked rebel positions on Sunday.", "attacked", "Chad", "TCD"),
    ("Georgia detained a Russian soldier on Friday.", "detained", "Georgia", "GEO"),
]


def _participant(events, trigger: str, word: str):
    found = [e for e in events if trigger in e.trigger.text]
    assert found, f"no event with trigger {trigger!r}"
    people = [a for a in found[0].actors + found[0].recipients if word in a.text]
    return people[0] if people else None


@pytest.mark.parametrize(("text", "trigger", "word", "country"), LOWERCASE)
def test_a_lowercase_noun_spelling_a_country_gives_no_country(
        events_of, text: str, trigger: str, word: str, country: str) -> None:
    found = _participant(events_of(text), trigger, word)
    assert found is None or found.country != country  # no participant, or not of that country


@pytest.mark.parametrize(("text", "trigger", "word", "country"), CAPITALISED)
def test_capitalised_countries_and_peoples_keep_their_country(
        events_of, text: str, trigger: str, word: str, country: str) -> None:
    found = _participant(events_of(text), trigger, word)
    assert found is not None and found.country == country
