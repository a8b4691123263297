"""Three classes a blind hand check of incidents found (issue 15 item 3), with made-up sentences
read with the real model: a killing or injuring told in a relative clause of an accident ("a fire
that killed four children", "the crash that injured six") is no ASSAULT, unless someone set it or
an explosive is named; "declined comment" / "refused comment" keeps silent (no REJECT), as
"declined to comment" already did, while refusing an offer stays a rejection; a court or
authority imposing a sentence, a fine or a penalty sanctions (SANCTION), not a restriction
(COERCE)."""

from __future__ import annotations

import pytest

from samples import plover_types

ACCIDENT_RELATIVES = [
    "He saw the mobile home ravaged by a fire that killed four children.",
    "The blaze that killed two firefighters started in the kitchen.",
    "A crash that injured six people closed the highway.",
    "The storm that killed nine people moved north on Tuesday.",
    "The flood that killed 30 villagers receded on Monday.",
    "A collision that injured three students happened near the school.",
    "The earthquake that killed 200 people was the worst in decades.",
    "An avalanche that killed four skiers buried the lodge.",
    "The landslide that killed 12 people blocked the road.",
    "A wreck that injured two drivers snarled traffic on Friday.",
]
ATTACK_RELATIVES = [
    "A fire set by arsonists that killed two children gutted the house.",
    "The bomb that killed six was hidden in a car.",
    "The attack that killed four was claimed by rebels.",
    "The gunman who killed three people was arrested on Monday.",
    "The airstrike that killed 12 civilians hit a market.",
    "The ambush that killed five soldiers took place near the border.",
    "Militants set a fire that killed two guards on Sunday.",
    "Arsonists started a blaze that killed three people.",
    "Rebels caused a crash that injured six soldiers.",
    "The shooting that injured six people happened outside a bar.",
    "The mob that beat two men was dispersed by police.",
    "The raid that killed a commander was carried out at night.",
]
NO_COMMENT = [
    "The motel manager declined comment.",
    "The spokesman declined comment on the case.",
    "The company refused comment.",
    "The ministry declined comment on Monday.",
    "Police declined comment on the investigation.",
    "The lawyer declined further comment.",
    "The embassy refused comment on the report.",
    "The governor's office declined comment Friday.",
    "He declined interview requests.",
    "The army declined comment on the clashes.",
]
REJECTIONS = [
    "The rebels refused the offer.",
    "Hamas rejected the proposal.",
    "The government declined the invitation to the talks.",
    "The union refused the pay deal.",
    "The opposition rejected the election results.",
    "Iran refused the inspectors' demand.",
    "The president declined the request for a meeting.",
    "The militia refused the ceasefire proposal.",
    "The council rejected the plan on Monday.",
    "Moscow refused the extradition request.",
]
PENALTIES = [
    "A federal judge imposed the sentence Friday on the banker.",
    "The judge imposed a 10-year sentence on the smuggler.",
    "The court imposed a fine of $5,000 on the company.",
    "The regulator imposed a penalty on the bank.",
    "The tribunal imposed a life sentence on the general.",
    "A judge imposed a two-year prison term on the activist.",
    "The court reimposed the death sentence on the man.",
    "The judge imposed a suspended sentence on the officer.",
    "The court imposed a heavy fine on the newspaper.",
    "The judge imposed the maximum penalty on the smuggler.",
]
RESTRICTIONS = [
    "The army imposed a curfew on the town.",
    "The government imposed restrictions on the press.",
    "The authorities imposed a blockade on the port.",
    "The junta imposed martial law on Monday.",
    "Police imposed a ban on protests in the capital.",
    "The ministry imposed limits on foreign journalists.",
    "The government imposed controls on the border.",
    "Officials imposed a lockdown on the district.",
    "The regime imposed censorship on the media.",
    "The military imposed a blackout on the region.",
]


@pytest.mark.parametrize("text", ACCIDENT_RELATIVES)
def test_a_killing_told_in_a_relative_clause_of_an_accident_is_no_assault(pipeline,
                                                                           text: str) -> None:
    assert "ASSAULT" not in plover_types(text)


@pytest.mark.parametrize("text", ATTACK_RELATIVES)
def test_relative_clauses_of_attacks_stay_assaults(pipeline, text: str) -> None:
    assert "ASSAULT" in plover_types(text)


@pytest.mark.parametrize("text", NO_COMMENT)
def test_declining_comment_is_no_rejection(pipeline, text: str) -> None:
    assert "REJECT" not in plover_types(text)


@pytest.mark.parametrize("text", REJECTIONS)
def test_refusing_an_offer_stays_a_rejection(pipeline, text: str) -> None:
    assert "REJECT" in plover_types(text)


@pytest.mark.parametrize("text", PENALTIES)
def test_imposing_a_sentence_or_a_fine_sanctions(pipeline, text: str) -> None:
    types = plover_types(text)
    assert "SANCTION" in types and "COERCE" not in types


@pytest.mark.parametrize("text", RESTRICTIONS)
def test_imposing_a_restriction_stays_coercion(pipeline, text: str) -> None:
    assert "COERCE" in plover_types(text)
