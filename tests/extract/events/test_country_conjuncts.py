"""Demonyms of several countries joined in front of one noun ("Hungarian and Romanian
officials") are one participant per country (issue 15 item 6, coordinated participants cut),
read with the real model on made-up sentences; one country in front of a noun, or demonyms
without a conjunction ("Syrian Kurdish fighters"), stay one participant."""

from __future__ import annotations

import pytest

# (text, trigger word, role, the countries of that role's participants)
SPLIT = [
    ("Senior Indian and Pakistani officials met in Geneva on Tuesday.", "met", "actors",
     {"IND", "PAK"}),
    ("French and Malian troops attacked a militant camp near Gao.", "attacked", "actors",
     {"FRA", "MLI"}),
    ("British, French and German diplomats condemned the bombing.", "condemned", "actors",
     {"GBR", "FRA", "DEU"}),
    ("Kenyan and Somali soldiers raided the camp at dawn.", "raided", "actors", {"KEN", "SOM"}),
    ("U.S. and Iraqi troops detained four suspects in Mosul.", "detained", "actors",
     {"USA", "IRQ"}),
    ("Egyptian and Sudanese negotiators agreed to resume talks.", "agreed", "actors",
     {"EGY", "SDN"}),
    ("Unknown gunmen attacked Chinese and Russian diplomats in the capital.", "attacked",
     "recipients", {"CHN", "RUS"}),
    ("The police arrested Nigerian and Ghanaian nationals at the border.", "arrested",
     "recipients", {"NGA", "GHA"}),
    ("Turkish and Greek ministers signed an agreement on Monday.", "signed", "actors",
     {"TUR", "GRC"}),
    ("Colombian and Venezuelan officials discussed the border crisis.", "discussed", "actors",
     {"COL", "VEN"}),
    ("Saudi and Emirati warplanes bombed the port city.", "bombed", "actors", {"SAU", "ARE"}),
]

KEPT = [
    ("Syrian Kurdish fighters attacked the town.", "attacked", "actors", {"SYR"}),
    ("Russian-backed Syrian forces shelled the town.", "shelled", "actors", {"SYR"}),
    ("French troops attacked a militant camp near Gao.", "attacked", "actors", {"FRA"}),
    ("Iraqi security forces detained four suspects in Mosul.", "detained", "actors", {"IRQ"}),
    ("Senior Chinese military officials condemned the bombing.", "condemned", "actors",
     {"CHN"}),
    ("The Egyptian foreign minister condemned the bombing.", "condemned", "actors", {"EGY"}),
    ("Unknown gunmen attacked a Chinese diplomat in the capital.", "attacked", "recipients",
     {"CHN"}),
    ("The police arrested a Nigerian national at the border.", "arrested", "recipients",
     {"NGA"}),
    ("Kenyan soldiers and Somali police raided the camp at dawn.", "raided", "actors",
     {"KEN", "SOM"}),
    ("Pakistani Taliban fighters attacked the checkpoint.", "attacked", "actors", {"PAK"}),
]


@pytest.mark.parametrize(("text", "trigger", "role", "countries"),
                         [pytest.param(*row, id=f"split-{k:02d}") for k, row in enumerate(SPLIT)]
                         + [pytest.param(*row, id=f"kept-{k:02d}") for k, row in enumerate(KEPT)])
def test_each_country_of_joined_demonyms_is_a_participant(events_of, text: str, trigger: str,
                                                          role: str, countries: set[str]) -> None:
    found = [e for e in events_of(text) if trigger in e.trigger.text]
    assert found, f"no event with trigger {trigger!r}"
    people = getattr(found[0], role)
    assert {a.country for a in people if a.country} == countries, [
        (a.text, a.country) for a in people]
    # one participant per country: a phrase of one country is not split
    assert len(people) == len({a.country for a in people}), [(a.text, a.country) for a in people]


def test_the_split_participants_point_at_their_own_words(events_of) -> None:
    text = "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate."
    event = next(e for e in events_of(text) if e.trigger.text == "agreed")
    second = next(a for a in event.actors if a.country == "ROU")
    assert text[second.evidence.start: second.evidence.end] == "Romanian"
