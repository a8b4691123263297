"""Linking places and dates to events (sitrep.extract.link)."""

from __future__ import annotations

import datetime as dt

from sitrep.records import Article


def test_place_inside_an_organisation_name_is_not_a_location(pipeline):
    text = ("The Minsk Group condemned the shelling of Tartus on Monday. "
            "The Minsk Group was formed in 1992 to mediate the dispute.")
    result = pipeline.process(Article(text=text, published=dt.date(2021, 3, 1)))
    names = {p.name for p in result.places}
    assert "Minsk" not in names
    assert all("Minsk" not in p.name for e in result.events for p in e.places)


def test_date_of_a_relative_clause_is_not_the_event_date(pipeline):
    text = ("The committee, which has investigated the dispute since 1998, called on Tuesday for "
            "an immediate ceasefire between the two armies.")
    result = pipeline.process(Article(text=text, published=dt.date(2021, 3, 4)))
    calls = [e for e in result.events if e.plover_type == "REQUEST"]
    assert calls, [(e.plover_type, e.trigger.text) for e in result.events]
    assert calls[0].when is not None and calls[0].when.value == "2021-03-02"


# -- the dateline (made-up local and wire stories, not from any dev set) ----------------------
def _places(pipeline, text: str) -> list[tuple[str, list[str], str | None]]:
    result = pipeline.process(Article(text=text, published=dt.date(2019, 5, 14)))
    return [(e.plover_type, [p.name for p in e.places], e.location_rule) for e in result.events]


def test_an_event_placed_only_in_the_datelines_state_happened_in_its_town(pipeline):
    for text, town in [
        ("SPOKANE, Wash. — A Washington man was stabbed outside a tavern early Sunday, "
         "police said.", "Spokane"),
        ("TUCSON, Ariz. (AP) — An Arizona deputy was shot during a traffic stop on Friday.",
         "Tucson"),
        ("Trooper hurt when driver rams patrol car\nBOISE, Idaho — An Idaho trooper was "
         "injured when a driver rammed his patrol car on Monday.", "Boise")]:
        found = _places(pipeline, text)
        assigned = [names for kind, names, _ in found if kind in ("ASSAULT", "COERCE")]
        assert assigned and assigned[0] == [town], found


def test_an_event_without_a_place_in_its_sentence_takes_the_datelines_town(pipeline):
    found = _places(pipeline, "GREENVILLE, S.C. -- Officers were called to a gas station late "
                              "on Saturday. Two men were wounded in a shooting there.")
    wounded = [(names, rule) for kind, names, rule in found if kind == "ASSAULT"]
    assert wounded and wounded[-1] == (["Greenville"], "dateline"), found


def test_a_place_in_the_sentence_outside_the_datelines_state_is_kept(pipeline):
    found = _places(pipeline, "NAIROBI, Kenya (Reuters) — Gunmen killed five villagers in "
                              "Mandera county on Tuesday, police said.")
    assert all("Nairobi" not in names for _, names, _ in found), found
    found = _places(pipeline, "KABUL, Afghanistan (AP) — A suicide bomber killed 12 people in "
                              "southern Afghanistan on Monday.")
    assert all(names != ["Kabul"] for _, names, _ in found), found


def test_a_town_named_in_capitals_deep_in_the_text_is_not_a_dateline(pipeline):
    text = ("Police arrested four men after a robbery on Monday. " * 12
            + "The suspects were later moved to a jail in DENVER, officials said.")
    assert len(text) > 400
    found = _places(pipeline, "Police arrested four men after a robbery on Monday.")
    assert all(rule != "dateline" for _, _, rule in found)
    result = pipeline.process(Article(text=text, published=dt.date(2019, 5, 14)))
    first = [e for e in result.events if e.evidence.start == 0]
    assert first and all(e.location_rule != "dateline" for e in first)


def test_a_region_that_holds_the_sentences_town_is_not_a_second_place(pipeline):
    found = _places(pipeline, "Gunmen shot dead two police officers in Aurora, Colorado, on "
                              "Sunday night.")
    assert any(names == ["Aurora"] for _, names, _ in found), found
