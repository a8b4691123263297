"""Probes (made up for these tests, not taken from any data set) for a town written with its
state ("TOWN, St. —", a dateline) read outside that state: a town in capitals of four letters
or fewer taken for an organisation's initials ("LIMA, Ohio", "BATH, Maine"), a dash written
against the state's abbreviation ("YORK, Pa- A teenager ..."), and a town the gazetteer lacks
("BENTON TOWNSHIP, Mich."), which is in the state written with it, never a namesake elsewhere.
Towns the state holds keep their reading."""

from __future__ import annotations

import pytest

from samples import resolved_place

# read in the state written with it: (text, name, country, admin1, kind)
IN_ITS_STATE = [
    ('BENTON TOWNSHIP, Mich. — A man was shot during an argument over a dog on Friday morning, police said.',
     'BENTON TOWNSHIP', 'USA', 'MI', 'admin1'),
    ('WESTMORELAND, N.Y. -- A hunter accidentally shot his partner in the arm on Saturday, deputies said.',
     'WESTMORELAND', 'USA', 'NY', 'admin1'),
    ('YORK, Pa- A teenager was arrested on Wednesday in connection with a weekend shooting, police said.',
     'YORK', 'USA', 'PA', 'city'),
    ('ROME, Ga. — Two people were wounded in a shooting at an apartment complex on Sunday, police said.',
     'ROME', 'USA', 'GA', 'city'),
    ('TROY, Ohio — A woman was shot in the leg during a robbery on Tuesday night, police said.',
     'TROY', 'USA', 'OH', 'city'),
    ('LIMA, Ohio (AP) — A man was killed in a shooting outside a bar early Saturday, police said.',
     'LIMA', 'USA', 'OH', 'city'),
    ('BATH, Maine — A man was shot by a neighbour on Thursday, police said.',
     'BATH', 'USA', 'ME', 'city'),
    ('KENT, Ohio — Police are searching for a gunman who shot a student on Friday.',
     'KENT', 'USA', 'OH', 'city'),
    ('PERU, Ind. — A man was shot and killed at a gas station on Sunday, police said.',
     'PERU', 'USA', 'IN', 'city'),
    ('HOPE, Ark. — A man was wounded in a drive-by shooting on Sunday, police said.',
     'HOPE', 'USA', 'AR', 'city'),
    ('IOLA, Kan. — A deputy shot a man who pointed a rifle at him on Monday, officials said.',
     'IOLA', 'USA', 'KS', 'city'),
    ('MILL CREEK TOWNSHIP, Pa. — A man was shot on Friday, state police said.',
     'MILL CREEK TOWNSHIP', 'USA', 'PA', 'admin1'),
    ('ERIE, Pa. — A man was shot and killed on Friday night, police said.',
     'ERIE', 'USA', 'PA', 'city'),
]

# already read in its state, and still
KEPT = [
    ('CAIRO, Ill. — A teen was shot and wounded on Monday, the sheriff said.',
     'CAIRO', 'USA', 'IL', 'city'),
    ('MEXICO, Mo. — A woman was shot at her home on Saturday, police said.',
     'MEXICO', 'USA', 'MO', 'city'),
    ('WACO, Texas — A man was shot outside a club early Sunday, police said.',
     'WACO', 'USA', 'TX', 'city'),
    ('PARIS, Texas — A man was shot in a parking lot on Monday, police said.',
     'PARIS', 'USA', 'TX', 'city'),
    ('HARTFORD, Vt. — A man was shot in his home on Sunday, police said.',
     'HARTFORD', 'USA', 'VT', 'city'),
    ('ATHENS, Ga. — A student was wounded by gunfire on Saturday, police said.',
     'ATHENS', 'USA', 'GA', 'city'),
    ('AURORA, Colo. — A man was shot during a robbery on Friday, police said.',
     'AURORA', 'USA', 'CO', 'city'),
    ('MOSCOW, Idaho — Four students were found dead in a rental home on Sunday, police said.',
     'MOSCOW', 'USA', 'ID', 'city'),
    ('DUBLIN, Ohio — A man was shot at a hotel on Monday, police said.',
     'DUBLIN', 'USA', 'OH', 'city'),
    ('LONDON, Ky. — A man was shot by a deputy on Monday, officials said.',
     'LONDON', 'USA', 'KY', 'city'),
    ('ALBANY, Ga. — Two men were shot outside a store on Friday, police said.',
     'ALBANY', 'USA', 'GA', 'city'),
    ('SPRINGFIELD, Ill. — A man was shot at a gas station on Friday, police said.',
     'SPRINGFIELD', 'USA', 'IL', 'city'),
]


@pytest.mark.parametrize("text,name,country,admin1,kind", IN_ITS_STATE)
def test_town_written_with_its_state_is_read_in_that_state(pipeline, text, name, country,
                                                             admin1, kind):
    choice = resolved_place(pipeline, text, name)
    assert (choice.country, choice.admin1, choice.kind) == (country, admin1, kind), choice.name


@pytest.mark.parametrize("text,name,country,admin1,kind", KEPT)
def test_town_of_the_written_state_keeps_its_reading(pipeline, text, name, country, admin1,
                                                     kind):
    choice = resolved_place(pipeline, text, name)
    assert (choice.country, choice.admin1, choice.kind) == (country, admin1, kind), choice.name
