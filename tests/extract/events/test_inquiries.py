"""An inquiry cited as the source of what is said is a document, not an investigation opened
against anyone (events/senses/kinds.py, ``published_inquiry``): "a 2011 InSight Crime
investigation concluded", "according to an investigation published by El Comercio". One opened,
ordered or conducted by the police, prosecutors, a court or a government stays an ACCUSE.
Sentences made up for these tests, run through the real model."""

from __future__ import annotations

import pytest

from samples import plover_types

PUBLISHED = [
    ('A 2011 InSight Crime investigation concluded that driving a bus is dangerous.', 'ACCUSE'),
    ('According to an investigation published by El Comercio, residents patrol on foot.', 'ACCUSE'),
    ('As detailed in an investigation by the newspaper, the gang controls the port.', 'ACCUSE'),
    ('An investigation carried out by an Argentine NGO found that former guerrillas ran the labs.', 'ACCUSE'),
    ('According to a recent investigation, the cartel launders money through cattle.', 'ACCUSE'),
    ('A two-year investigation by the Guardian showed that the firm paid bribes.', 'ACCUSE'),
    ('A Reuters investigation uncovered a network of shell companies.', 'ACCUSE'),
    ('An investigation published last year by the newspaper found that the judge took bribes.', 'ACCUSE'),
    ('As the magazine reported in a detailed investigation, the cartels share the port.', 'ACCUSE'),
    ('A recent investigation by the website exposed the smuggling route.', 'ACCUSE'),
    ('In an investigation released on Monday, the NGO showed that the mine poisoned the river.', 'ACCUSE'),
]
OPENED = [
    ('Prosecutors opened an investigation into the mayor on Monday.', 'ACCUSE'),
    ("An investigation by the Attorney General's Office discovered three agents in the car.", 'ACCUSE'),
    ('Police launched an investigation into the killing.', 'ACCUSE'),
    ('The court ordered an investigation into the deaths.', 'ACCUSE'),
    ('An investigation by prosecutors found that the guards had lied.', 'ACCUSE'),
    ('Police are investigating the attack.', 'ACCUSE'),
    ('A police investigation revealed that he had bought the rifle.', 'ACCUSE'),
    ('Prosecutors are investigating the deaths of three inmates.', 'ACCUSE'),
    ('Authorities announced an investigation into the prison riot.', 'ACCUSE'),
    ('The commission will investigate the shooting.', 'ACCUSE'),
    ('An investigation into a narcotics detective revealed that he sold rifles.', 'ACCUSE'),
]


@pytest.mark.parametrize("text,plover", PUBLISHED)
def test_published_inquiries_are_sources_not_accusations(pipeline, text: str,
                                                         plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", OPENED)
def test_inquiries_of_authorities_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
