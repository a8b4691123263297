"""Sport, entertainment and other competitions (events/senses/agency.py): a title, a seat or
someone's attention captured or defended, a fight whose end is winning ("battled back to win",
"fought to a draw"), and an act told by a film, a novel, a play or a song, are no events of the
trigger's type. Near neighbours (towns taken, fugitives captured, decisions defended, acts near
a cinema or a theatre, witnesses' accounts) stay. Sentences made up for these tests, run
through the real model."""

from __future__ import annotations

import pytest

from samples import plover_types

CONTESTS = [
    ('The team captured the title with a 2-0 win.', 'COERCE'),
    ('The champion defended her title on Saturday.', 'SUPPORT'),
    ('Federer battled back to win the final set.', 'ASSAULT'),
    ('The two sides fought to a draw in the derby.', 'ASSAULT'),
    ('The candidate captured the imagination of young voters.', 'COERCE'),
    ('The party captured 40 seats in the election.', 'COERCE'),
    ('The Kenyan runner took the lead in the final lap.', 'ASSAULT'),
    ('The boxer defended his crown in Las Vegas.', 'SUPPORT'),
    ('The rookie captured a medal in the sprint.', 'COERCE'),
    ('The club battled to a 1-1 draw at home.', 'ASSAULT'),
    ('She battled to victory in the final of the tournament.', 'ASSAULT'),
    ('The film captured the mood of the city.', 'COERCE'),
]
FIGHTS_AND_ARRESTS = [
    ('Rebels captured the town on Sunday.', 'COERCE'),
    ('Police captured the fugitive in a raid on Tuesday.', 'COERCE'),
    ('Troops captured two fighters near the border.', 'COERCE'),
    ('The army seized the airport after heavy fighting.', 'ASSAULT'),
    ('Soldiers defended the base against the attack.', 'ASSAULT'),
    ('The minister defended the decision on Monday.', 'SUPPORT'),
    ('Rebels fought government troops for the bridge.', 'ASSAULT'),
    ('The militia battled the army in the capital.', 'ASSAULT'),
    ('Insurgents captured three villages near the border.', 'COERCE'),
    ('Police captured the gang leader outside the city.', 'COERCE'),
    ('The president defended his envoy against the charges.', 'SUPPORT'),
    ('Gunmen fought the police to a standstill.', 'ASSAULT'),
]
DEPICTED = [
    ('The movie, which opens Friday, tells the story of a kidnapping.', 'ASSAULT'),
    ('The play depicts the bombing of the city in 1941.', 'ASSAULT'),
    ('A new film about the massacre opens on Friday.', 'ASSAULT'),
    ('The novel follows a detective investigating a murder.', 'ASSAULT'),
    ('Her documentary on the shelling won an award.', 'ASSAULT'),
    ('The new drama portrays the kidnapping of a businessman.', 'ASSAULT'),
    ('The song recounts the killing of a young farmer.', 'ASSAULT'),
    ('The thriller centres on a plot to assassinate the president.', 'ASSAULT'),
    ('The book chronicles the siege of the city.', 'ASSAULT'),
    ('The opera tells of a war between two kingdoms.', 'ASSAULT'),
]
REPORTED = [
    ('Gunmen kidnapped a businessman on Friday.', 'ASSAULT'),
    ('The army bombed the city on Monday.', 'ASSAULT'),
    ('The report on the attack was published on Monday.', 'ASSAULT'),
    ('Police said the film director was shot dead outside his home.', 'ASSAULT'),
    ('Rebels attacked a cinema showing the film on Saturday.', 'ASSAULT'),
    ('The actor was kidnapped after the premiere of his movie.', 'ASSAULT'),
    ('A bomb exploded outside the theatre during the play.', 'ASSAULT'),
    ('Witnesses told the story of the massacre to investigators.', 'ASSAULT'),
    ('The singer was killed in an attack on the concert hall.', 'ASSAULT'),
    ('The author was arrested for his book about the war.', 'COERCE'),
]


@pytest.mark.parametrize("text,plover", CONTESTS + DEPICTED)
def test_competitions_and_stories_of_works_are_not_events(pipeline, text: str,
                                                          plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", FIGHTS_AND_ARRESTS + REPORTED)
def test_fights_arrests_and_reported_acts_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
