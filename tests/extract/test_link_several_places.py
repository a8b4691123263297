"""Made-up probes (not copied from any data set): an act spread over several places joined as
equals ("raids in Tarma and Huancayo", "protests in Mombasa, Kisumu and Eldoret") happened at
no one of them, and borrows neither the dateline's town nor the article's place. Neighbours:
a town with a place that only says where it lies ("in Bafut, near Bamenda") keeps the town; a
place standing alone beside two joined ones keeps it; a dateline's town and its country
("LUSAKA, Zambia --") are no two places of the act."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, type of the event): the event has no place
SPREAD = [
    ("Police said they had detained 14 people in raids in Tarma and Huancayo on Friday.",
     "COERCE"),
    ("Protests also took place in Mombasa, Kisumu, Nakuru and Eldoret on Saturday.", "PROTEST"),
    ("Shopkeepers in Sukkur and Larkana shut their shops on Monday in protest.", "PROTEST"),
    ("KARACHI, Pakistan — Gunmen attacked police posts in Sukkur and Larkana on Monday, killing "
     "four officers.", "ASSAULT"),
    ("The army said soldiers arrested 20 suspects in Maiduguri, Damboa and Bama on Tuesday.",
     "COERCE"),
]
# (text, type, the place it must keep)
KEPT = [
    ("Separatist fighters kidnapped 11 pupils from a school in Bafut, near Bamenda, on "
     "Wednesday.", "ASSAULT", "Bafut"),
    ("LUSAKA, Zambia (AP) -- Riot police arrested at least 40 opposition supporters Monday as "
     "they tried to march on parliament.", "COERCE", "Lusaka"),
    ("Police arrested 12 men in Kisumu on Friday.", "COERCE", "Kisumu"),
    ("Gunmen shot dead three bus drivers in Choloma, Cortes, on Sunday.", "ASSAULT", "Choloma"),
]


def _places(pipeline, text: str, kind: str) -> list[set[str]]:
    from sitrep.pipeline import article_id

    article = Article(text=text, id=article_id(text), published=dt.date(2024, 3, 20),
                      source="probe", language="en", origin="probe")
    return [{p.name for p in e.places} for e in pipeline.process(article).events
            if e.plover_type == kind]


@pytest.mark.parametrize(("text", "kind"), SPREAD, ids=[t[:50] for t, _ in SPREAD])
def test_an_act_over_several_joined_places_has_none(pipeline, text: str, kind: str) -> None:
    found = _places(pipeline, text, kind)
    assert found, text
    assert found[0] == set(), (text, found)


@pytest.mark.parametrize(("text", "kind", "place"), KEPT, ids=[t[:50] for t, _, _ in KEPT])
def test_one_place_keeps_it(pipeline, text: str, kind: str, place: str) -> None:
    found = _places(pipeline, text, kind)
    assert found, text
    assert place in found[0], (text, found)


def test_an_act_over_several_places_stays_apart_from_one_at_a_place(pipeline) -> None:
    text = ("TBILISI — Thousands of protesters rallied outside parliament in Tbilisi on Sunday. "
            "Protests also spread to Batumi, Kutaisi and Zugdidi.")
    found = _places(pipeline, text, "PROTEST")
    assert found == [{"Tbilisi"}, set()], found
