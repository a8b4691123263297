"""Made-up probes (not copied from any data set): a street called after a town ("the 1500 block
of Savannah Avenue", "1400 Fresno St.") is a street of the town the story is in, not the town
its name recalls. With a dateline of another state, the shooting is placed at the dateline's
town (``extract.link._elsewhere``); with the town named as itself in the sentence ("on Detroit
Avenue in Toledo"), at that town (``reconcile.units._placements``, ``places.names.
named_after_town``). A town named as itself keeps its place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.pipeline import article_id
from sitrep.records import Article
from sitrep.store import open_db


def _story(headline: str, dateline: str, street: str) -> str:
    return (f"{headline}\n\n{dateline} (January 15, 2016) – Police say a man was shot early on "
            f"Friday. Officers were called to the 300 block of {street} on reports of a person "
            "shot.")


# a dateline, and a street called after a place of another state or far away (failed on
# 38604d7: an incident at the place the street's name recalls)
DATELINE = [
    (_story("Woman hurt in overnight shooting | Fox 44", "MILWAUKEE, Wis.", "Savannah Avenue"),
     "Milwaukee"),
    (_story("Man shot on north side | KTV 7", "OMAHA, Neb.", "Barrington Avenue"), "Omaha"),
    (_story("Two hurt in shooting | Channel 4", "DENVER, Colo.", "Barrington Avenue"), "Denver"),
    (_story("Man wounded on east side | WICS 20", "SPRINGFIELD, Ill.", "Kent Avenue"),
     "Springfield"),
    (_story("Man shot in driveway | KSEE 24", "FRESNO, Calif.", "Lancaster Avenue"), "Fresno"),
    (_story("Man shot overnight | WFLA 8", "TAMPA, Fla.", "Pensacola Street"), "Tampa"),
    (_story("Teen hurt in shooting | WSB 2", "ATLANTA, Ga.", "Valdosta Avenue"), "Atlanta"),
    (_story("Man shot on east side | WDIV 4", "DETROIT, Mich.", "Marquette Avenue"), "Detroit"),
    (_story("Man shot at home | KPHO 5", "PHOENIX, Ariz.", "Flagstaff Avenue"), "Phoenix"),
]
# a street written "St." after a town's name, and the town it lies in named as itself (failed
# on 38604d7: "St." folds to "saint", the street was read as the town)
NAMED = [
    ("A man was shot to death Saturday at 2200 Phoenix St. in Mesa, police said.", "Mesa"),
    ("A man was killed in a shooting Monday at 1400 Fresno St. in Clovis, police said.",
     "Clovis"),
    ("A man was shot and killed Tuesday at 1900 Tampa St. in St. Petersburg, police said.",
     "St. Petersburg"),
    ("A woman was shot Thursday at 400 Durham St. in Raleigh, police said.", "Raleigh"),
    ("A man was shot Sunday at 700 Camden St. in Philadelphia, police said.", "Philadelphia"),
    ("A man was wounded Saturday at 300 Boulder St. in Longmont, police said.", "Longmont"),
]
# neighbours (pass before and after): a street of the dateline's own town or of a town near
# it, a street written in full, and towns named as themselves
KEPT = [
    (_story("Man critical after shooting | WXYZ 2", "DAYTON, Ohio", "Savannah Street"),
     "Dayton"),
    (_story("Man shot near park | KGTV 10", "SAN DIEGO, Calif.", "Eureka Street"), "San Diego"),
    (_story("Woman shot in north Houston | KHOU 11", "HOUSTON, Texas", "Amarillo Avenue"),
     "Houston"),
    (_story("Man shot in northeast Portland | KGW 8", "PORTLAND, Ore.", "Medford Street"),
     "Portland"),
    ("A woman was wounded Sunday at 300 Oakland Ave. in Berkeley, police said.", "Berkeley"),
    ("Two men were wounded Friday at 500 Tacoma Ave. in Seattle, police said.", "Seattle"),
    ("A man was shot on Detroit Avenue in Toledo on Friday, police said.", "Toledo"),
    ("DENVER — A man was shot Sunday night in the 700 block of Pearl Street, police said.",
     "Denver"),
    ("A man was shot Sunday on Main Street in Toledo, police said.", "Toledo"),
    ("A man was shot Friday in Fresno, police said.", "Fresno"),
    ("Police said a man was shot in the chest Friday in Minneapolis.", "Minneapolis"),
    ("TULSA, Okla. — A man was shot in the leg early Monday, police said.", "Tulsa"),
    ("Two men were wounded in a shooting Friday in Macon, police said.", "Macon"),
]


def _article(text: str) -> Article:
    return Article(text=text, id=article_id(f"probe:{text}"), source="probe", language="en",
                   origin="probe", published=dt.date(2016, 1, 18))


@pytest.mark.parametrize(("text", "place"), DATELINE + NAMED + KEPT,
                         ids=[t[:50] for t, _ in DATELINE + NAMED + KEPT])
def test_a_street_called_after_a_town_lies_in_the_story_town(pipeline, tmp_path: Path,
                                                             text: str, place: str) -> None:
    article = _article(text)
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        found = [i["place"] for i in db.incidents(article=article.id)
                 if i["family"] == "ASSAULT"]
    assert found and set(found) == {place}
