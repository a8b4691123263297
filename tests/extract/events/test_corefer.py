"""One event per happening within an article (events/corefer.py): later mentions that refer
back or share a named participant fuse into the first event; distinct happenings stay apart."""

from __future__ import annotations

import sitrep


def _types(text: str) -> list[tuple[str, str]]:
    result = sitrep.process_text(text, published="2021-03-01")
    return [(e.plover_type, e.trigger.text) for e in result.events]


def test_a_definite_reference_to_an_attack_joins_the_first_report(pipeline) -> None:
    text = ("Gunmen attacked a police station in Kandahar on Monday. "
            "The attack was the third this month, officials said.")
    assert [t for t, _ in _types(text)].count("ASSAULT") == 1


def test_a_possessive_reference_to_an_arrest_joins_it(pipeline) -> None:
    text = ("Police arrested the opposition leader Ana Varga in Minsk on Friday. "
            "Her arrest drew protests in the capital.")
    result = sitrep.process_text(text, published="2021-03-01")
    arrests = [e for e in result.events if e.plover_type == "COERCE"]
    assert len(arrests) == 1
    assert arrests[0].evidence.text.startswith("Police arrested")


def test_attacks_in_two_different_towns_stay_two_events(pipeline) -> None:
    text = ("Rebels attacked an army post in Gao on Monday. "
            "Rebels also attacked a market in Timbuktu on Tuesday.")
    assert [t for t, _ in _types(text)].count("ASSAULT") == 2


def test_a_claim_of_a_fused_mention_points_to_the_surviving_event(pipeline) -> None:
    text = ("Gunmen attacked a police station in Kandahar on Monday. "
            "The attack killed three officers, the governor said.")
    result = sitrep.process_text(text, published="2021-03-01")
    assaults = [i for i, e in enumerate(result.events) if e.plover_type == "ASSAULT"]
    assert len(assaults) == 1
    killed = [c for c in result.claims if c.outcome == "killed"]
    assert killed and all(c.event is None or 0 <= c.event < len(result.events) for c in killed)
    assert any(c.event == assaults[0] for c in killed)


def test_a_later_reference_to_a_background_happening_joins_it(pipeline) -> None:
    text = ("The November 1995 assassination of the premier Ivo Marek shocked the nation. "
            "Marek's murder still divides the country, his widow said on Monday.")
    result = sitrep.process_text(text)
    assaults = [e for e in result.events if e.plover_type == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger.text, e.modes) for e in assaults]
    assert assaults[0].historical


def test_a_background_happening_does_not_absorb_the_story_told_before_it(pipeline) -> None:
    text = ("Police arrested the activist Ana Varga in Minsk on Friday. "
            "Varga was also arrested in 2012, her lawyer said.")
    result = sitrep.process_text(text, published="2021-03-01")
    arrests = [e for e in result.events if e.plover_type == "COERCE"]
    assert len(arrests) == 2, [(e.trigger.text, e.modes) for e in arrests]
