"""Made-up probes (not copied from any data set): a happening told once at the town its sentence
names ("A man was shot in Stockton on Friday night") and once in a sentence that names no place,
which the linker places at the dateline's town ("SACRAMENTO - ... Police said a gunman fired
from a passing car on Friday"), is one incident at the stated town where both towns lie in one
first-level region on the same day (``units.lent_place_agrees``). Neighbours: two towns both
stated, another state, another day, stay two incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article
from sitrep.store import open_db

ONE = [
    'SACRAMENTO — A man was shot in Stockton on Friday night. Police said a gunman fired '
    'from a passing car on Friday.',
    'DALLAS (AP) — Two men were stabbed outside a bar in Fort Worth early Sunday. A suspect'
    ' attacked them with a knife after an argument on Sunday, police said.',
    'ATLANTA — A woman was shot in Decatur on Tuesday. Investigators said a man opened fire'
    ' on her car on Tuesday afternoon.',
    'CHICAGO — Police arrested a man in Evanston on Monday. Officers detained a suspect '
    'after a chase on Monday, a spokesman said.',
    'HOUSTON — Hundreds of workers marched in Pasadena on Thursday. Demonstrators rallied '
    'outside the refinery on Thursday, organisers said.',
    'MIAMI — A man was shot in Hialeah on Wednesday. Witnesses said a gunman fired several '
    'shots at a group of men on Wednesday.',
    'PHOENIX — Police shot a man in Mesa on Friday. Officers fired at a driver who drove '
    'toward them on Friday, the department said.',
    'DENVER — A woman was stabbed in Aurora on Sunday. A neighbour attacked her with a '
    'knife in her kitchen on Sunday, police said.',
    'SEATTLE — A man was shot in Tacoma on Monday night. A gunman fired at him from a car '
    'on Monday, police said.',
    'LOS ANGELES — A boy was hurt in Pasadena on Tuesday when a man attacked a car. A '
    'driver struck the car with a bat on Tuesday, police said.',
    'PHILADELPHIA — Police arrested two men in Chester on Friday. Officers detained two '
    'suspects after a raid on Friday, police said.',
]
TWO = [
    'SAN FRANCISCO — A man was shot in Oakland on Saturday. In a separate attack, a woman '
    'was shot in Berkeley on Saturday.',
    'CHICAGO — A man was shot in Evanston on Monday. A woman was shot in Gary, Indiana, on '
    'Monday.',
    'DALLAS — A man was stabbed in Fort Worth on Sunday. Another man was stabbed in Dallas '
    'on Saturday, police said.',
]


def _incidents(pipeline, tmp_path, text: str) -> list[dict]:
    article = Article(text=text, id=article_id(text), published=dt.date(2021, 3, 1),
                      source="probe", language="en", origin="probe")
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        return [i for i in db.incidents() if i["family"] in {"ASSAULT", "COERCE", "PROTEST"}]


@pytest.mark.parametrize("text", ONE, ids=[t[:40] for t in ONE])
def test_a_dateline_town_gives_way_to_the_stated_town(pipeline, tmp_path, text):
    assert len(_incidents(pipeline, tmp_path, text)) == 1


@pytest.mark.parametrize("text", TWO, ids=[t[:40] for t in TWO])
def test_two_stated_towns_another_state_or_day_stay_two(pipeline, tmp_path, text):
    assert len(_incidents(pipeline, tmp_path, text)) == 2


@pytest.mark.parametrize(("text", "town"), [(ONE[0], "Stockton"), (ONE[2], "Decatur"),
                                            (ONE[3], "Evanston"), (ONE[8], "Tacoma")])
def test_the_incident_keeps_the_stated_town(pipeline, tmp_path, text, town):
    assert [i["place"] for i in _incidents(pipeline, tmp_path, text)] == [town]
