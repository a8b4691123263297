"""Made-up probes (not copied from any data set) of two parts of a web news page that tell
about the report, not the happening:

- the date in a dateline's bracket ("DAYTON, Ohio (Jan. 20, 2016) –") is the day of the report:
  an event of the lead sentence takes the day the story states elsewhere ("It happened around
  10 p.m. Monday"), never the bracket's; neighbours: no bracket, a station in the bracket, the
  day stated in the sentence itself;
- the outlet's name after a headline's separator ("Man shot outside bar | Fox 5 Atlanta",
  "« CBS Detroit") names where the outlet is: no event is placed there; neighbours: a town in
  the headline before the separator, or in the story.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

PUBLISHED = dt.date(2016, 1, 20)  # a Wednesday

# (text, the day of the first violent event)
BRACKET_DAY = [
    ("SPRINGFIELD, Ill. (Jan. 20, 2016) – Police are investigating a shooting on the north "
     "side. Officers were called to Main Street around 11 p.m. Tuesday.", "2016-01-19"),
    ("DAYTON, Ohio (Jan. 20, 2016) – A man was wounded in a shooting on the east side. It "
     "happened around 10 p.m. Monday, police said.", "2016-01-18"),
    ("TOLEDO, Ohio (Jan. 20, 2016) – Police are investigating a stabbing at a downtown bar. The "
     "stabbing happened early Sunday.", "2016-01-17"),
    ("GARY, Ind. (Jan. 20, 2016) – A woman was shot in her car on the south side. Police said "
     "the shooting happened Tuesday afternoon.", "2016-01-19"),
    ("AKRON, Ohio (Jan. 20, 2016) – Two men were shot outside a nightclub. Officers arrived "
     "shortly after 2 a.m. Sunday.", "2016-01-17"),
    ("MACON, Ga. (Jan. 20, 2016) – A teenager was stabbed near a school. The attack took place "
     "Monday afternoon.", "2016-01-18"),
    ("ERIE, Pa. (Jan. 20, 2016) – A man was shot and killed in his home. Police were called to "
     "the house at 9 p.m. Saturday.", "2016-01-16"),
    ("TULSA, Okla. (Jan. 20, 2016) – Police are investigating a fatal shooting in north Tulsa. "
     "The victim was found Tuesday night.", "2016-01-19"),
    ("ROCKFORD, Ill. (Jan. 20, 2016) – A woman was wounded in a drive-by shooting. It happened "
     "late Monday, police said.", "2016-01-18"),
    ("SALEM, Ore. (Jan. 20, 2016) – A man was shot in a parking lot. Police responded at "
     "11:30 p.m. Tuesday.", "2016-01-19"),
    ("FRESNO, Calif. (Jan. 20, 2016) – A clerk was shot during a robbery. The robbery happened "
     "Sunday evening.", "2016-01-17"),
    ("FRESNO, Calif. (Jan. 20, 2016) – A clerk was shot during a robbery on Sunday evening.",
     "2016-01-17"),
]
STATED_DAY = [
    ("SPRINGFIELD, Ill. – A man was shot on the north side on Tuesday.", "2016-01-19"),
    ("DAYTON, Ohio (WHIO) – A man was wounded in a shooting on Monday night.", "2016-01-18"),
    ("TOLEDO, Ohio – A man was stabbed at a bar on Jan. 20, 2016, police said.", "2016-01-20"),
    ("GARY, Ind. (Jan. 20, 2016) – A woman was shot in her car on Wednesday morning.",
     "2016-01-20"),
    ("MACON, Ga. (AP) – A teenager was stabbed near a school on Monday.", "2016-01-18"),
    ("ERIE, Pa. — A man was shot and killed in his home on Saturday night.", "2016-01-16"),
    ("TULSA, Okla. (Jan. 20, 2016) – A man was shot Tuesday night in north Tulsa.",
     "2016-01-19"),
    ("ROCKFORD, Ill. (WREX) – A woman was wounded in a drive-by shooting late Monday.",
     "2016-01-18"),
    ("SALEM, Ore. – A man was shot in a parking lot on Jan. 20, 2016.", "2016-01-20"),
    ("PUEBLO, Colo. (KOAA) – A clerk was shot during a robbery on Sunday evening.",
     "2016-01-17"),
]

# (text, the outlet's town: no violent event is placed there)
OUTLET = [
    ("Man shot outside bar | WAGA Atlanta\n\nA man was shot outside a bar on Friday night, "
     "police said.", "Atlanta"),
    ("Woman wounded in drive-by | KSDK St. Louis\n\nA woman was wounded in a drive-by shooting "
     "on Saturday.", "St. Louis"),
    ("Teen stabbed near school | WXYZ Detroit\n\nA teenager was stabbed near a school on "
     "Monday.", "Detroit"),
    ("Clerk shot in robbery | WSB-TV Atlanta\n\nA clerk was shot during a robbery on Sunday.",
     "Atlanta"),
    ("Two hurt in shooting | News 4 Denver\n\nTwo people were hurt in a shooting early Sunday.",
     "Denver"),
    ("Man killed in home invasion | WFAA Dallas\n\nA man was killed during a home invasion on "
     "Tuesday.", "Dallas"),
    ("Officer shot during traffic stop « WBBM Chicago\n\nAn officer was shot during a traffic "
     "stop on Monday night.", "Chicago"),
    ("Shooting at gas station | KPRC Baltimore\n\nA man was shot at a gas station on "
     "Saturday.", "Baltimore"),
    ("Woman shot in parking lot | WFLA Tampa\n\nA woman was shot in a parking lot on Friday.",
     "Tampa"),
    ("Man stabbed on bus | KING 5 Seattle\n\nA man was stabbed on a bus on Sunday.", "Seattle"),
    ("Man shot at park | KSHB Kansas City\n\nA man was shot at a park on Sunday.",
     "Kansas City"),
    ("Driver shot on highway | KOB Albuquerque\n\nA driver was shot on a highway on Monday.",
     "Albuquerque"),
    ("Boy wounded by stray bullet | WGN Chicago\n\nA boy was wounded by a stray bullet on "
     "Saturday.", "Chicago"),
]
# (text, the town the violence is placed in)
PLACED = [
    ("Man shot outside bar in Atlanta | Fox 5\n\nA man was shot outside a bar on Friday night, "
     "police said.", "Atlanta"),
    ("Woman wounded in drive-by | KSDK\n\nA woman was wounded in a drive-by shooting in St. "
     "Louis on Saturday.", "St. Louis"),
    ("Teen stabbed near Detroit school « CBS\n\nA teenager was stabbed near a school on Monday.",
     "Detroit"),
    ("Clerk shot in Atlanta robbery | WSB-TV\n\nA clerk was shot during a robbery on Sunday.",
     "Atlanta"),
    ("Two hurt in Denver shooting | News 4\n\nTwo people were hurt in a shooting early Sunday.",
     "Denver"),
    ("Man killed in Dallas home invasion | WFAA\n\nA man was killed during a home invasion on "
     "Tuesday.", "Dallas"),
    ("Officer shot during traffic stop « CBS Chicago\n\nAn officer was shot during a traffic "
     "stop in Evanston on Monday night.", "Evanston"),
    ("Shooting at Houston gas station | KHOU\n\nA man was shot at a gas station on Saturday.",
     "Houston"),
    ("Woman shot in parking lot | Fox 13\n\nA woman was shot in a parking lot in Tampa on "
     "Friday.", "Tampa"),
    ("Man stabbed on Seattle bus | KING 5\n\nA man was stabbed on a bus on Sunday.", "Seattle"),
    ("Boy wounded by stray bullet | WGN\n\nA boy was wounded by a stray bullet in Chicago on "
     "Saturday.", "Chicago"),
]


def _violent(pipeline, text: str) -> list:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=PUBLISHED, source="probe",
                      language="en", origin="probe")
    return [e for e in pipeline.process(article).events if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(("text", "day"), BRACKET_DAY + STATED_DAY,
                         ids=[t[:50] for t, _ in BRACKET_DAY + STATED_DAY])
def test_the_date_in_a_datelines_bracket_is_the_reports_day(pipeline, text, day):
    events = _violent(pipeline, text)
    assert events and events[0].when is not None
    assert events[0].when.value == day


@pytest.mark.parametrize(("text", "town"), OUTLET, ids=[t[:50] for t, _ in OUTLET])
def test_the_outlet_after_a_headline_places_no_event(pipeline, text, town):
    events = _violent(pipeline, text)
    assert events
    assert town not in {p.name for e in events for p in e.places}


@pytest.mark.parametrize(("text", "town"), PLACED, ids=[t[:50] for t, _ in PLACED])
def test_a_town_of_the_headline_or_story_still_places_the_event(pipeline, text, town):
    events = _violent(pipeline, text)
    assert town in {p.name for e in events for p in e.places}
