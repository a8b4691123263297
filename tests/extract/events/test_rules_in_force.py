"""Rules in force that allow ("a state of emergency, which allows soldiers to search homes", "a
dispersal order allowing officers to move on groups of youths", "the curfew, which permits the
army to detain anyone"): a rule described, no CONCEDE, when the rule is the antecedent of a
relative clause or the noun a participle hangs on. A party that allows stays a CONCEDE ("the
army allowed the aid convoy to enter", "police, who allowed the march to go ahead").
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import typed_events

RULE_ALLOWS = [
    "The president declared a 30-day state of emergency in the province, which allows soldiers to search homes without a warrant.",
    "A dispersal order allowing officers to move on groups of youths will remain in place until Monday.",
    "The court issued an injunction on Friday allowing the company to resume work at the mine.",
    "Parliament passed a resolution on Tuesday allowing the army to operate in the border region.",
    "The new decree, which permits security forces to break up gatherings, was published on Monday.",
    "A state of siege, which allows troops to make arrests without warrants, was declared on Tuesday.",
    "The council renewed the mission's mandate, which permits peacekeepers to use force to protect civilians.",
    "The judge granted a warrant on Sunday allowing investigators to search the warehouse.",
    "The ruling, which allows the deported men to return, was welcomed by their families.",
    "The ministry issued a permit on Monday allowing the firm to export the grain.",
    "Congress approved a measure on Thursday authorizing the navy to board suspect vessels.",
]
PARTY_ALLOWS = [
    "The army allowed the aid convoy to enter the town on Monday.",
    "Israel allowed 50 trucks of aid into Gaza on Tuesday.",
    "The government, which allowed the convoy to pass on Monday, said the road would stay open.",
    "Officials permitted journalists to visit the camp on Friday.",
    "The rebels allowed Red Cross workers to visit the prisoners on Sunday.",
    "The governor allowed the protesters to enter the square on Saturday.",
    "The ministry permitted the family to see the body on Tuesday.",
    "The junta allowed the detained reporter to leave the country on Sunday.",
    "Police, who allowed the march to go ahead on Saturday, made no arrests.",
    "The border guards allowed 300 refugees to cross on Monday.",
]
RULE_ALLOWS += [
    "Police imposed a dispersal order on Friday allowing officers to remove anyone from the park.",
    "The government declared a state of alarm, which permits the army to patrol the streets.",
    "A state of prevention allowing police to break up gatherings was declared in the department on Monday.",
    "The curfew order, which allows soldiers to detain anyone outside after dark, was extended on Sunday.",
    "A court order allowing the family to visit the prisoner was issued on Monday.",
    "The cabinet extended the state of emergency, which allows the police to hold suspects without charge.",
    "The governor signed a decree on Friday allowing troops to guard polling stations.",
]
RULE_ALLOWS += [
    "A state of emergency allowing the army to set up checkpoints came into force on Monday.",
    "The order, which allows police to close the market, will stay in place until Friday.",
    "The state of siege in the north, which allows soldiers to enter homes, was extended on Monday.",
    "A protection order allowing the woman to stay in the house was granted on Tuesday.",
    "The curfew, which permits the army to detain anyone on the streets, was lifted on Sunday.",
    "A court order allowing police to hold the suspect for another week was granted on Friday.",
]

ALLOWING = ("allow", "permit")


def _concessions(text: str) -> list[str]:
    return [trigger for plover, trigger in typed_events(text)
            if plover == "CONCEDE" and trigger.lower().startswith(ALLOWING)]


@pytest.mark.parametrize("text", RULE_ALLOWS)
def test_what_a_rule_in_force_allows_is_no_concession(pipeline, text: str) -> None:
    assert not _concessions(text)


@pytest.mark.parametrize("text", PARTY_ALLOWS[:3] + PARTY_ALLOWS[4:6] + PARTY_ALLOWS[7:])
def test_a_party_that_allows_stays_a_concession(pipeline, text: str) -> None:
    assert _concessions(text)
