"""Speech acts that accuse (events/senses/speech.py): a party that only asserts a wrongdoing
accuses (ACCUSE by the speaker) and the act inside is not an event; neutral attribution and a
doer's own report keep the act. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

# (sentence, the act that is only asserted)
ACCUSATIONS = [
    ("The woman told police that her neighbour had threatened her on Monday.", "THREATEN"),
    ("Ruritania said its neighbour shelled its border villages on Monday.", "ASSAULT"),
    ("The shopkeeper told detectives two men had beaten him on Monday.", "ASSAULT"),
    ("Her landlord had threatened her, the tenant told police.", "THREATEN"),
    ("The rebels claimed that the army had bombed a school on Monday.", "ASSAULT"),
    ("He said he was beaten by guards in the prison last week.", "ASSAULT"),
    ("The driver complained to police that a gang had attacked his lorry.", "ASSAULT"),
    ("The opposition insisted that soldiers had shot its supporters on Sunday.", "ASSAULT"),
    ("The farmer told investigators that the militia had kidnapped his son.", "ASSAULT"),
    ("The ministry said rebels ambushed its convoy near the border.", "ASSAULT"),
    ("The student told the court that officers had arrested him without a warrant.", "COERCE"),
    ("The union maintained that police had detained its leaders on Friday.", "COERCE"),
]
# neutral attribution, a doer's own report, a denial: the act stays and nobody is accused
REPORTS = [
    ("Police said the gunman opened fire on the crowd on Monday.", "ASSAULT"),
    ("Witnesses told reporters that soldiers fired on the crowd on Monday.", "ASSAULT"),
    ("The group said it had attacked the base on Monday.", "ASSAULT"),
    ("Officials said rebels shelled the town overnight.", "ASSAULT"),
    ("Prosecutors said the two men killed a guard during the robbery.", "ASSAULT"),
    ("The army said it had arrested 12 suspects in the raid.", "COERCE"),
    ("A police spokesman told reporters that officers detained two men on Friday.", "COERCE"),
    ("The newspaper reported that gunmen killed four villagers on Sunday.", "ASSAULT"),
    ("Police told the court that the defendant had stabbed the victim twice.", "ASSAULT"),
    ("The mayor said militants attacked the market on Tuesday.", "ASSAULT"),
    ("The woman said she had not been threatened by anyone.", None),
    ("The minister said troops will patrol the border.", None),
    ("Gunmen killed the farmer and two members of his family on Monday, his brother said.",
     "ASSAULT"),
    ("The president claimed that the army is hitting the rebels harder than ever.", None),
    # a claim of one's own act accuses no one (the act itself is left to event-hood, which
    # reads a claim as an assertion only)
    ("The rebels claimed that they had attacked the air base on Monday.", None),
]


def _events(text: str) -> list[tuple[str, str]]:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [(e.plover_type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text,act", ACCUSATIONS)
def test_a_party_asserting_a_wrongdoing_accuses_and_the_act_is_not_an_event(
        pipeline, text: str, act: str) -> None:
    found = _events(text)
    types = [t for t, _ in found]
    assert "ACCUSE" in types, found
    assert act not in types, found


@pytest.mark.parametrize("text,act", REPORTS)
def test_neutral_reports_and_own_acts_stay_facts_without_an_accusation(
        pipeline, text: str, act: str | None) -> None:
    found = _events(text)
    types = [t for t, _ in found]
    assert "ACCUSE" not in types, found
    if act is not None:
        assert act in types, found


def test_the_narrators_own_coordinated_clause_stays_a_fact() -> None:
    events = sitrep.process_text("The shopkeeper told police two men had threatened him and "
                                 "they were arrested on Friday.", published="2021-03-01").events
    assert {"ACCUSE", "COERCE"} <= {e.plover_type for e in events}, events
    assert "THREATEN" not in {e.plover_type for e in events}, events


def test_the_speaker_accuses_the_named_doer() -> None:
    events = sitrep.process_text("The rebels claimed that the army had bombed a school.",
                                 published="2021-03-01").events
    accuse = [e for e in events if e.plover_type == "ACCUSE"]
    assert [a.text for a in accuse[0].actors] == ["rebels"]
    assert [r.text for r in accuse[0].recipients] == ["army"]
