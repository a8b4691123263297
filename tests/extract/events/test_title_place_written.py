"""A title shortens the place its story tells (``mentions.keeps.places_written_in``): "Woman
stabbed near Briarcliff" over "stabbed near Briarcliff Road in DeKalb County" names one place,
not a Briarcliff the gazetteer finds elsewhere; the fused event takes the story's place. Made-up
probes; neighbours: a title's place the story does not write stays another place."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    ('Woman stabbed while jogging near Briarcliff\n\nA woman was stabbed Tuesday morning while jogging near Briarcliff Road in DeKalb County, police said.',
     'ASSAULT'),
    ('Man shot near Greenwood\n\nA man was shot on Tuesday night on Greenwood Avenue in Harlow, police said.',
     'ASSAULT'),
    ('Cyclist attacked on Riverside\n\nA cyclist was punched and kicked on Riverside Drive in Kettering on Sunday afternoon, police said.',
     'ASSAULT'),
    ('Teen stabbed near Salisbury\n\nA 17-year-old boy was stabbed on Friday evening outside a shop on Salisbury Road in Dunmore, police said.',
     'ASSAULT'),
    ('Man beaten near Cambridge\n\nA 60-year-old man was beaten by three youths near Cambridge Street in Exton on Saturday night, police said.',
     'ASSAULT'),
    ('Woman shot near Auburn\n\nA woman was shot in the arm on Monday near Auburn Avenue in Atlanta, police said.',
     'ASSAULT'),
    ('Driver shot near Durham\n\nA driver was shot near Durham Road in Harlow early Sunday, police said.',
     'ASSAULT'),
    ('Man stabbed near Clifton\n\nA man was stabbed in the back near Clifton Road in Bexley on Wednesday night, police said.',
     'ASSAULT'),
    ('Two men arrested near Springfield\n\nTwo men were arrested on Thursday on Springfield Road in Chelmsford after a car chase, police said.',
     'COERCE'),
    ('Guard punched near Lancaster\n\nA security guard was punched near Lancaster Avenue in Wexford on Friday, gardai said.',
     'ASSAULT'),
    ('Teen shot near Bristol\n\nA 15-year-old boy was shot on Saturday night near Bristol Road in Kettering, police said.',
     'ASSAULT'),
    ('Man robbed and beaten near Victoria\n\nA man was beaten and robbed near Victoria Station in Luton on Sunday, police said.',
     'ASSAULT'),
    ('Woman attacked near Hamilton\n\nA woman was attacked by a man with a knife near Hamilton Road in Exton on Monday, police said.',
     'ASSAULT'),
]
TWO = [
    ('Man shot near Greenwood\n\nA man was shot on Tuesday night on Elm Street in Harlow, police said.',
     'ASSAULT'),
    ('Woman stabbed near Clifton\n\nA woman was stabbed on Friday near the station in Bexley, police said.',
     'ASSAULT'),
    ('Two men arrested in Springfield\n\nTwo men were arrested in Chelmsford on Thursday after a car chase, police said.',
     'COERCE'),
    ('Woman stabbed in Luton\n\nA woman was stabbed on Friday night outside a pub in Harlow, police said.',
     'ASSAULT'),
]


def _found(text: str, plover: str) -> list[tuple[str, list[str]]]:
    events = sitrep.process_text(text, published="2021-03-10").events
    return [(e.trigger.text, [p.name for p in e.places]) for e in events
            if e.plover_type == plover]


@pytest.mark.parametrize("text,plover", ONE, ids=[f"one-{i}" for i in range(len(ONE))])
def test_a_title_place_written_in_the_story_is_its_place(pipeline, text: str,
                                                         plover: str) -> None:
    found = _found(text, plover)
    assert len(found) == 1, found
    written = text.split("\n")[0].split()[-1]
    assert found[0][1] and written not in found[0][1], found  # the story's town


@pytest.mark.parametrize("text,plover", TWO, ids=[f"two-{i}" for i in range(len(TWO))])
def test_a_title_place_the_story_does_not_write_stays_apart(pipeline, text: str,
                                                           plover: str) -> None:
    found = _found(text, plover)
    assert len(found) == 2, found
