"""Four precision classes of session 46 (issue 15):

- **a person dismissed from a post** is a disciplinary act (SANCTION, like an official fired):
  "the president dismissed the heads of the army", "the chief, who was dismissed in January",
  "the officers he dismissed", "teachers would be dismissed"; dismissing a claim stays a
  rejection (REJECT), dismissing a case a court's step, a firm's dismissals none;
- **a threat to all comers** ("would shoot anyone who came to the door", "the first uniform that
  steps on my grass", "would burn the place down if anyone came near") is THREATEN, with no act
  of force of its own; a threat of a named party's attack keeps its hypothetical act;
- **a negated passive condition with no doer** ("would march on Saturday if he was not freed",
  "if the charges were not dropped") names the state the speaker wants: no release of its own;
  the threatened march stays;
- **an act asked of the public** ("urged residents to share information with the police") is
  an appeal only, no hypothetical act of its own; one asked of a party stays.

A finite verb conjoined ("refused to come out and threatened to shoot") is a clause of its own:
the refusal does not make the threat's act a refusal. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

DISMISSED = [
    "The president dismissed the army chief by decree on Wednesday.",
    "The governor dismissed the provincial police commander after the jailbreak.",
    "The officers he dismissed have since joined the opposition.",
    "The general, who was dismissed in May, led the revolt.",
    "Nurses who stay away from work for three days will be dismissed, the ministry warned.",
    "The prime minister dismissed two ministers on Friday.",
]
NOT_DISMISSED = [
    "The ministry dismissed the report as propaganda.",
    "The spokesman dismissed the accusations on Tuesday.",
    "The president dismissed his critics as traitors.",
    "The company dismissed 300 miners last year.",
    "The judge dismissed the lawsuit.",
]

OPEN_THREATS = [
    "The gunman shouted that he would shoot anyone who came near the house.",
    "He told the negotiator he would shoot \"the first cop that steps on my porch\".",
    "The man said he would set the house on fire if anybody tried to enter.",
    "The suspect locked himself in and threatened to shoot anyone who came through the door.",
]

FREED_CONDITIONS = [
    "The union said it would strike on Monday if the activist was not freed.",
    "Farmers said they would march on the capital if the charges against their leaders were not "
    "dropped.",
]


@pytest.mark.parametrize("text", DISMISSED)
def test_person_dismissed_from_post_is_sanction(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "SANCTION" in types
    assert "REJECT" not in types


@pytest.mark.parametrize("text", NOT_DISMISSED)
def test_claims_cases_and_workers_dismissed_are_no_sanction(pipeline, text: str) -> None:
    assert "SANCTION" not in plover_types(text)


@pytest.mark.parametrize("text", OPEN_THREATS)
def test_threat_to_all_comers_is_threaten_without_assault(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "THREATEN" in types
    assert "ASSAULT" not in types


def test_named_party_attack_threatened_keeps_its_act(pipeline) -> None:
    types = plover_types("The rebels said they would attack the town if the army advanced.")
    assert "ASSAULT" in types


@pytest.mark.parametrize("text", FREED_CONDITIONS)
def test_negated_passive_condition_is_no_release(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "RETREAT" not in types
    assert "PROTEST" in types or "THREATEN" in types


def test_demanded_release_with_a_doer_stays(pipeline) -> None:
    types = plover_types("The party said it would march if the police did not free him.")
    assert "RETREAT" in types


PUBLIC_ASKED = [
    "The mayor urged residents to share information with the police.",
    "The commander appealed to the public to share intelligence with the army.",
    "The governor called on citizens to share information with the security forces.",
]


@pytest.mark.parametrize("text", PUBLIC_ASKED)
def test_act_asked_of_the_public_is_no_act_of_its_own(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "REQUEST" in types
    assert "COOPERATE" not in types


def test_act_asked_of_a_party_stays(pipeline) -> None:
    types = plover_types("The UN urged the government to release the prisoners.")
    assert "RETREAT" in types
