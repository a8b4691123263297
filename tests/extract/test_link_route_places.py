"""Made-up probes (not copied from any data set): an act on a stretch between two places ("an
ambush on the road between Kaya and Kongoussi", "a convoy attacked between two towns", "on the
highway from Gao to the border") happened somewhere along it, at neither end: neither town
places it, nor the region the stretch lies in, nor the dateline's town (``event_places.on_route``,
``link``). Neighbours: a stretch with one named end ("between Kaya and the border": Kaya),
"between" two parties ("clashes between the army and rebels in Kaya"), another town stated for
the act ("arrested five men in Dori after an ambush on the road between ..."), a march from one
building to another, and acts at one town."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (text, PLOVER type, trigger)
ROUTES = [
    ("Gunmen ambushed a fuel convoy on the road between Kaya and Kongoussi on Friday, "
     "killing six drivers.", "ASSAULT", "ambushed"),
    ("OUAGADOUGOU, May 3 — Militants attacked a military escort between Dori and Sebba on "
     "Thursday, killing 11 soldiers, the army said.", "ASSAULT", "attacked"),
    ("Bandits kidnapped 14 bus passengers on the highway between Kaduna and Abuja on Sunday.",
     "ASSAULT", "kidnapped"),
    ("A roadside bomb hit a minibus on the road between Kandahar and Lashkar Gah on Monday, "
     "killing five people.", "ASSAULT", "hit"),
    ("Gunmen opened fire on a truck on the road from Gao to the Niger border on Tuesday.",
     "ASSAULT", "opened fire"),
    ("NAIROBI, Kenya — Police said bandits shot dead two herders on the road between Isiolo "
     "and Garissa on Wednesday.", "ASSAULT", "shot"),
    ("Soldiers detained 20 men at checkpoints between Bunia and Mahagi in Ituri province on "
     "Saturday.", "COERCE", "detained"),
    ("Fighters seized three lorries on the road between Malakal and Renk on Friday.",
     "COERCE", "seized"),
    ("Warplanes bombed a bridge on the road between Hodeidah and Sanaa on Sunday.",
     "ASSAULT", "bombed"),
    ("Gunmen abducted a priest travelling between Enugu and Onitsha on Monday, police said.",
     "ASSAULT", "abducted"),
    ("Militants attacked a police patrol between Peshawar and Kohat on Thursday, killing "
     "three officers.", "ASSAULT", "attacked"),
    ("Armed men robbed and shot a driver on the highway between Tegucigalpa and "
     "Comayagua on Saturday.", "ASSAULT", "shot"),
]
KEPT = [
    ("Clashes erupted between the army and rebels in Kaya on Friday, killing six people.",
     "ASSAULT", "Clashes", "Kaya"),
    ("Fighting between two armed groups broke out in Zawiya on Monday.",
     "ASSAULT", "Fighting", "Zawiya"),
    ("Police arrested five men in Dori after an ambush on the road between Sebba and "
     "Gorom-Gorom on Monday.", "COERCE", "arrested", "Dori"),
    ("YAKIMA, Wash. — About 150 people marched from Miller Park to City Hall on Tuesday.",
     "PROTEST", "marched", "Yakima"),
    ("Gunmen ambushed a fuel convoy near Kaya on Friday, killing six drivers.",
     "ASSAULT", "ambushed", "Kaya"),
    ("Police arrested two men in Isiolo after a shooting on Wednesday.",
     "COERCE", "arrested", "Isiolo"),
    ("Soldiers detained 20 men at a checkpoint in Bunia on Saturday.",
     "COERCE", "detained", "Bunia"),
    ("A drone struck a fuel truck on the road between Kaya and the border on Friday.",
     "ASSAULT", "struck", "Kaya"),
    ("Gunmen ambushed a convoy between Bunia and the lake on Monday.",
     "ASSAULT", "ambushed", "Bunia"),
]


def _place(pipeline, text: str, kind: str, trigger: str) -> str | None:
    result = pipeline.process(Article(text=text, published=dt.date(2024, 5, 6)))
    for e in result.events:
        if e.plover_type == kind and e.trigger.text.startswith(trigger):
            return e.places[0].name if e.places else None
    return "no event"


@pytest.mark.parametrize(("text", "kind", "trigger"), ROUTES)
def test_an_act_between_two_places_has_no_town(pipeline, text, kind, trigger):
    assert _place(pipeline, text, kind, trigger) is None


@pytest.mark.parametrize(("text", "kind", "trigger", "place"), KEPT)
def test_parties_between_and_acts_at_a_town_keep_their_place(pipeline, text, kind, trigger,
                                                             place):
    assert _place(pipeline, text, kind, trigger) == place
