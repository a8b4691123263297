"""Made-up probes of a headline whose compound gives a place as a party ("Two killed in Millbrook
shooting": Millbrook taken as the doer): the lead's sentence that names the place in another
role tells no other party (``mentions.headlines.named_alike``), so headline and lead are one
happening; a person the headline names whom the lead's sentence does not name still tells
them apart."""

from __future__ import annotations

import sitrep


def _assaults(text: str) -> list[sitrep.records.Event]:
    result = sitrep.process_text(text, published="2024-06-23")
    return [e for e in result.events if e.plover_type == "ASSAULT"]


def test_a_place_the_headline_gives_as_a_party_is_named_by_the_lead() -> None:
    text = ("Two killed in Millbrook shooting; suspect dies in clash with police\n\n"
            "KINGSTON — Two men were shot dead and a teenager was injured when gunmen opened "
            "fire on a group playing dominoes in Millbrook on Saturday night, police said.")
    assert len(_assaults(text)) == 2  # the Millbrook shooting and the suspect's clash


def test_a_raid_named_by_its_town_is_the_raid_the_lead_tells() -> None:
    text = ("Ruritania says Dunmore raid hit rebels\n\nRuritanian troops crossed the river "
            "before dawn on Saturday and blew up two houses in Dunmore, killing four people.")
    assert len(_assaults(text)) == 1


def test_a_person_the_lead_does_not_name_is_another_victim() -> None:
    text = ("John Okafor shot dead in Millbrook\n\nKINGSTON — Peter Mensah, 41, was shot dead "
            "outside a bar in Millbrook on Saturday night, police said.")
    assert len(_assaults(text)) == 2


def _of(text: str, plover: str) -> list[sitrep.records.Event]:
    result = sitrep.process_text(text, published="2024-06-23")
    return [e for e in result.events if e.plover_type == plover]


def test_a_headline_plan_in_the_present_is_the_plan_the_lead_tells() -> None:
    text = ("Ruritania to send 2,000 more troops to Dunmore border\n\nRuritania will send 2,000 "
            "more soldiers to its border with Dunmore by the end of the month, the defence "
            "minister said on Tuesday.")
    moves = _of(text, "MOBILIZE")
    assert len(moves) == 1
    assert "future" in moves[0].modes

