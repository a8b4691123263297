"""Probes (made up for these tests, not taken from any data set) for a neighbourhood read as a
far small town because a building of the article carries its name ("shot in Roseland ... taken
to Roseland Community Hospital" in a Chicago story: not Roseland, California). The building
read as that very town is the same reading again, not another place near it; with no other
place near, the far small town is a local name the gazetteer lacks and stands for the
article's town. A town near the article's places keeps its reading."""

from __future__ import annotations

import pytest

from samples import resolved_place

# the far namesake gives way to the article's own town
STANDS_FOR_THE_TOWN = [
    ('CHICAGO — A man was shot in Roseland on Thursday night, according to Chicago police. He was taken to Roseland Community Hospital in fair condition.',
     'Roseland', 'Chicago'),
    ('LOS ANGELES — A man was shot in Lincoln Heights on Saturday, according to Los Angeles police. He was found near Lincoln Heights Recreation Center.',
     'Lincoln Heights', 'Los Angeles'),
    ('CHICAGO — A man was shot in Burnside on Saturday, according to Chicago police. He was found near Burnside Community Hospital.',
     'Burnside', 'Chicago'),
    ('JOHANNESBURG — A man was shot in Berea on Saturday, according to Johannesburg police. He was found near Berea Library.',
     'Berea', 'Johannesburg'),
    ('TORONTO — A man was shot in Parkdale on Saturday, according to Toronto police. He was found near Parkdale Hospital.',
     'Parkdale', 'Toronto'),
    ('TORONTO — A man was shot in Riverdale on Saturday, according to Toronto police. He was found near Riverdale Hospital.',
     'Riverdale', 'Toronto'),
    ('LONDON — A man was shot in Plaistow on Saturday, according to London police. He was found near Plaistow Police Station.',
     'Plaistow', 'London'),
    ('SYDNEY — A man was shot in Guildford on Saturday, according to Sydney police. He was found near Guildford Hospital.',
     'Guildford', 'Sydney'),
    ('JOHANNESBURG — A man was shot in Westbury on Saturday, according to Johannesburg police. He was found near Westbury Market.',
     'Westbury', 'Johannesburg'),
    ('JOHANNESBURG — A man was shot in Rosebank on Saturday, according to Johannesburg police. He was found near Rosebank Hospital.',
     'Rosebank', 'Johannesburg'),
]

# a town near the article's town, of that very name, is kept (with its state's code)
KEPT = [
    ('SACRAMENTO — A man was shot in Roseland on Thursday, according to Sacramento police. He was taken to Roseland Community Hospital near Santa Rosa.',
     'Roseland', 'CA'),
    ('PORTLAND — A man was shot in Astoria on Saturday, according to Portland police. He was found inside Astoria Park, near Seaside.',
     'Astoria', 'OR'),
    ('SAN FRANCISCO — A man was shot in Woodside on Saturday, according to San Francisco police. He was found near Woodside Road.',
     'Woodside', 'CA'),
    ('PHOENIX — A man was shot in Somerton on Sunday, according to Phoenix police. He was taken to Somerton Community Hospital near Yuma.',
     'Somerton', 'AZ'),
    ('MINNEAPOLIS — A woman was wounded in Brainerd late Friday, according to Minneapolis police. She was found near Brainerd Park.',
     'Brainerd', 'MN'),
    ('SEATTLE — A man was shot in Everett on Saturday, according to Seattle police. He was found near Everett Library.',
     'Everett', 'WA'),
    ('DENVER — A man was shot in Englewood on Saturday, according to Denver police. He was found near Englewood Police Station.',
     'Englewood', 'CO'),
    ('BOSTON — A man was shot in Quincy on Saturday, according to Boston police. He was found near Quincy Park.',
     'Quincy', 'MA'),
    ('SYDNEY — A man was shot in Glebe on Saturday, according to Sydney police. He was found near Glebe Library.',
     'Glebe', '02'),
    ('TORONTO — A man was shot in Dufferin Grove on Saturday, according to Toronto police. He was found near Dufferin Grove Police Station.',
     'Dufferin Grove', '08'),
    ('LONDON — A man was shot in Leyton on Saturday, according to London police. He was found near Leyton Market.',
     'Leyton', 'ENG'),
]


@pytest.mark.parametrize("text,name,town", STANDS_FOR_THE_TOWN)
def test_neighbourhood_with_a_building_of_its_name_is_not_a_far_hamlet(pipeline, text, name,
                                                                       town):
    choice = resolved_place(pipeline, text, name)
    assert choice.name == town, (choice.name, choice.country, choice.admin1)


@pytest.mark.parametrize("text,name,admin1", KEPT)
def test_town_near_the_articles_town_keeps_its_reading(pipeline, text, name, admin1):
    choice = resolved_place(pipeline, text, name)
    assert choice.name == name and choice.admin1 == admin1, (choice.name, choice.admin1)
