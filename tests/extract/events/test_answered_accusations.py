"""Accusations answered: "rejected the criticism as interference", "dismissed the accusations as
lies", "shrugged off the criticism": the criticism turned down is an earlier accusation referred
to, no ACCUSE of its own (the rejection is the REJECT). Neighbours stay an ACCUSE: criticism
voiced, issued or lodged, and an accusation told with its own accuser or content ("denied
accusations made by her brother that she had joined a militia"). Sentences made up for these
tests."""

from __future__ import annotations

import pytest

from samples import typed_events

REJECTED = [
    "The foreign ministry rejected the criticism as interference in its internal affairs.",
    "The government rejected foreign criticism and said the king had acted to save the nation.",
    "The army dismissed the criticism as propaganda.",
    "The ministry rejected the condemnation as one-sided.",
    "The embassy brushed aside the criticism on Tuesday.",
    "The president dismissed the accusations as lies.",
    "The junta rejected the allegations on Monday.",
    "Officials denied the allegations of torture.",
    "The police chief rejected the complaints as baseless.",
    "The spokesman rebuffed the criticism, saying the operation was lawful.",
    "The company rejected the accusation of bribery.",
]
CRITICISED = [
    "The foreign minister criticised the army's conduct on Monday.",
    "The State Department condemned the excessive use of force.",
    "Rights groups accused the police of torture on Tuesday.",
    "The opposition leader denounced the arrests as illegal.",
    "The United Nations voiced criticism of the crackdown on Monday.",
    "The envoy accused the rebels of breaking the truce.",
    "Human rights groups condemned the killing of the journalist.",
    "The union criticised the government for the arrests.",
    "The bishops issued a condemnation of the massacre on Sunday.",
    "The ministry lodged a complaint with the embassy over the incursion.",
]
REJECTED += [
    "The minister shrugged off the criticism on Monday.",
    "The army rejected the criticism and the accusations of torture.",
    "The ministry waved away the criticism on Friday.",
]
TOLD_IN_FULL = [
    "The rebels dismissed the condemnation by the United Nations.",
    "The spokeswoman dismissed the criticism from rights groups as politically motivated.",
    "She denied accusations made by her brother that she had joined a militia.",
    "The minister rejected the opposition's accusation that he had ordered the arrests.",
    "The army denied the accusation that soldiers had burned the village.",
]


def _types(text: str) -> list[str]:
    return [plover for plover, _ in typed_events(text)]


@pytest.mark.parametrize("text", REJECTED)
def test_accusation_turned_down_is_no_accuse(pipeline, text: str) -> None:
    assert "ACCUSE" not in _types(text)


@pytest.mark.parametrize("text", CRITICISED + TOLD_IN_FULL)
def test_criticism_voiced_or_told_in_full_stays_an_accuse(pipeline, text: str) -> None:
    assert "ACCUSE" in _types(text)
