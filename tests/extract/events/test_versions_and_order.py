"""Retellings of one happening and acts ordered by another (events/corefer.py, merge.py):

- one side's version of an act told before, its target in the side's own words between
  quotation marks ('the army said its jets had struck "terrorist hideouts"'), is that act;
  a new act told plainly, or one by other doers, stays apart;
- a noun that orders a sentence's act in time ("hours after the assault, drones struck a
  convoy") names another happening, not the sentence's act; the toll of an act ("two were
  killed after the attack") is still the act's;
- what an act set off ("stormed a base, setting off a gunbattle that lasted hours") is its
  course, one happening;
- a reference back dated only by the clause that mentions it ("suspended on Thursday a
  channel that aired figures from the Kurba attack") joins the act told before.

Made-up probe sentences, the real model, no mocks."""

from __future__ import annotations

import sitrep
from sitrep.records import Event


def _assaults(text: str, published: str = "2024-03-08") -> list[Event]:
    result = sitrep.process_text(text, published=published)
    return [e for e in result.events if e.plover_type == "ASSAULT"]


def test_a_sides_quoted_version_of_a_strike_joins_the_strike(pipeline) -> None:
    text = ("KURBA, March 8 — Two jets bombed a school in the village of Kurba on Wednesday, "
            "killing nine children, residents said. "
            "The military said in a statement that its air force had struck "
            "\"a terrorist training camp\" near the village.")
    assaults = _assaults(text)
    assert len(assaults) == 1, [(e.trigger.text, e.modes) for e in assaults]


def test_a_groups_quoted_claim_of_killing_joins_the_attack(pipeline) -> None:
    text = ("DALORI, June 3 — Gunmen stormed a police station in Dalori on Sunday night. "
            "The Northern Front said on its channel on Monday that its fighters had killed "
            "\"dozens of infidel policemen\".")
    assaults = _assaults(text, "2024-06-03")
    assert len(assaults) == 1, [(e.trigger.text, [a.text for a in e.actors]) for e in assaults]


def test_a_quoted_strike_by_named_other_doers_stays_apart(pipeline) -> None:
    text = ("Rebels of the Kivu Front attacked an army post in Sake on Monday. "
            "The Rwandan army said on Tuesday that its jets had struck "
            "\"terrorist positions\" in the hills near Goma.")
    assaults = _assaults(text)
    assert len(assaults) == 2, [(e.trigger.text, [a.text for a in e.actors]) for e in assaults]


def test_a_plain_new_strike_told_by_a_side_stays_apart(pipeline) -> None:
    text = ("Gunmen attacked a market in Mopti on Monday, killing four traders. "
            "The army said on Wednesday that its drones had struck a convoy of pickup "
            "trucks near Sevare.")
    assaults = _assaults(text)
    assert len(assaults) == 2, [(e.trigger.text, [a.text for a in e.actors]) for e in assaults]


def test_an_act_told_after_another_is_another_act(pipeline) -> None:
    text = ("Militants stormed an army base in Garba on Thursday. "
            "Hours after the assault, drones struck a convoy of pickup trucks near Beled, "
            "about 80 km away.")
    assaults = _assaults(text, "2024-11-08")
    triggers = [e.trigger.text for e in assaults]
    assert len(assaults) == 2, triggers
    assert any("struck" in t for t in triggers) and not any(
        "assault" in t and "struck" in t for t in triggers)


def test_a_toll_told_after_the_attack_stays_the_attacks(pipeline) -> None:
    text = "Two soldiers were killed after the attack on the checkpoint near Gao on Monday."
    assert len(_assaults(text)) == 1


def test_what_an_attack_set_off_is_the_attack(pipeline) -> None:
    text = ("Militants stormed a military base on the edge of Garba before dawn on Thursday, "
            "setting off a gunbattle that lasted several hours, residents said.")
    assaults = _assaults(text, "2024-11-08")
    assert len(assaults) == 1, [e.trigger.text for e in assaults]


def test_a_reference_dated_by_another_clause_joins_the_attack(pipeline) -> None:
    text = ("Fighters attacked a military post near Kurba at dawn on Wednesday, killing 14 "
            "soldiers. "
            "On Thursday the media council suspended a television channel for airing "
            "unverified casualty figures from the Kurba attack.")
    assaults = _assaults(text)
    assert len(assaults) == 1, [(e.trigger.text, e.when) for e in assaults]


def test_an_act_after_a_fight_told_as_new_is_the_fights_course(pipeline) -> None:
    text = ("Police shot dead two gunmen after a gunfight at a checkpoint near Aguak on "
            "Monday night.")
    assert len(_assaults(text)) == 1, [e.trigger.text for e in _assaults(text)]


def test_a_new_strike_told_in_the_past_with_quotes_stays_apart(pipeline) -> None:
    text = ("Suspected jihadists ambushed a supply convoy escorted by soldiers on the road east "
            "of Fada on Monday, killing 14 people. An explosive device hit the lead truck. "
            "Army helicopters struck \"terrorist positions\" in the forest near Fada on "
            "Tuesday, the army said in a statement.")
    assaults = _assaults(text)
    assert any("struck" in e.trigger.text for e in assaults), [e.trigger.text for e in assaults]


def test_a_jury_verdict_is_not_a_charge_told_again(pipeline) -> None:
    text = ("Liam Cotter, 29, was charged with wounding after a fight in Exeter in May. "
            "He was sentenced at Exeter Crown Court on Tuesday after a jury found him guilty "
            "last month.")
    result = sitrep.process_text(text, published="2024-11-27")
    verdicts = [e for e in result.events if e.plover_type == "SANCTION"]
    assert any("guilty" in e.trigger.text for e in verdicts), [e.trigger.text for e in verdicts]
