"""Dismay voiced by a government, a body or an official is a disapproval (ACCUSE/disapprove),
as the held-out articles code it (issue 15's recall: "13 countries said they were 'especially
shocked' by the scenes", "the secretary-general was 'outraged' by the killings" were missed):
an adjective or participle of the family of shock and outrage with what it is about ("by",
"at", "over", "about"), or "expressed/voiced outrage (dismay, alarm) over", said of or by a named
body, a country or a holder of an office. Feelings of ordinary people, feelings about nothing
named, and concern ("expressed concern about", "was deeply concerned by": a plain statement in
CAMEO, QuadClass 0) stay no ACCUSE.

Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

DISMAY = [
    "The State Department said it was deeply shocked by the amendment.",
    "The European Union said it was appalled by the killing of the journalist.",
    "The secretary-general was outraged by the attack on the convoy.",
    "Germany said it was shocked at the scale of the crackdown.",
    "The ministry said it was alarmed by the arrests of three reporters.",
    "Amnesty International said it was dismayed by the verdict.",
    "The UN expressed outrage over the arrests.",
    "France voiced alarm at the expulsion of its diplomats.",
    "The foreign minister said he was disturbed by reports of torture.",
    "The African Union expressed outrage over the massacre.",
    "Japan said it was deeply troubled by the missile launch.",
    "The prime minister said she was horrified by the bombing.",
    "Canada expressed dismay at the decision to close the border.",
    "The embassy said it was disappointed by the court's ruling.",
]
NOT_DISMAY = [
    "Residents said they were shocked by the noise.",
    "The parties concerned will meet next week.",
    "As far as the minister is concerned, the matter is closed.",
    "The report is concerned with water supply.",
    "She was worried about her exams.",
    "Fans were disappointed by the result of the match.",
    "The teacher was surprised by the question.",
    "Shoppers expressed concern over rising prices at the market.",
    "The minister was concerned.",
    "The State Department said it was deeply concerned by the amendment.",
    "The UN expressed concern over the arrests.",
    "The envoy voiced concern about the escalation of hostilities.",
    "The villagers were alarmed by a loud bang.",
]


@pytest.mark.parametrize("text", DISMAY)
def test_dismay_voiced_by_a_body_is_accuse(pipeline, text: str) -> None:
    assert "ACCUSE" in plover_types(text)


@pytest.mark.parametrize("text", NOT_DISMAY)
def test_feelings_of_people_and_other_senses_are_no_accuse(pipeline, text: str) -> None:
    assert "ACCUSE" not in plover_types(text)


# (text, who voices the dismay)
HOLDERS = [
    ("The State Department said it was deeply shocked by the amendment.", "State Department"),
    ("Germany, France and Italy said they were shocked by the scenes outside parliament.",
     "Germany"),
    ("The ministry said it was alarmed by the arrests of three reporters.", "ministry"),
    ("The UN expressed outrage over the arrests.", "UN"),
    ("The interior minister was outraged by the attack on the convoy.", "interior minister"),
]


@pytest.mark.parametrize(("text", "holder"), HOLDERS)
def test_the_one_dismayed_is_the_actor(pipeline, text: str, holder: str) -> None:
    import sitrep

    events = [e for e in sitrep.process_text(text, published="2021-03-01").events
              if e.plover_type == "ACCUSE"]
    assert events and any(holder in a.text for a in events[0].actors), [
        ([a.text for a in e.actors], [r.text for r in e.recipients]) for e in events]
    assert not any(holder in r.text for r in events[0].recipients)
